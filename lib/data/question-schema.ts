import { z } from "zod";
import { columnKey, slugId, whereSchema } from "./keys";

/**
 * `data/questions.json`: the reader questions Flowledger answers on one common basis. Each is
 * metadata only — what is asked, the quantity answered and its basis, and the rows it draws on;
 * the answer is computed from the data every time the catalog is built.
 */

/** Words a source wrote, cited: what a limit or a reason rests on. */
const citedText = z.strictObject({
  /** Flowledger's sentence. */
  text: z.string().min(1),
  /** The source (an id in sources.csv) whose words carry it… */
  source: slugId,
  /** …the words, verbatim… */
  quote: z.string().min(1),
  /** …and, for a publisher's file, where they stand ("Definitions!A5"). */
  location: z.string().min(1).optional(),
  /** Which figures a caveat bears on: shown again on each such figure's page. */
  about: z.enum(["official records", "other estimates"]).optional(),
});
export type CitedText = z.infer<typeof citedText>;

const common = {
  slug: slugId,
  /** The question as a reader asks it. */
  question: z.string().min(1),
  /** The quantity the answer measures. */
  quantity: z.string().min(1),
  /** The common basis every figure is put on, in words. */
  basis: z.string().min(1),
  /** Ledger claims that ask this question (ids in claims.csv). */
  claims: z.array(z.string().min(1)),
  notes: z.array(z.string().min(1)),
};

/**
 * A bilateral oil flow on one basis: thousand barrels a day over each source's stated period,
 * and that as a share of the importer's oil consumption (a statistical review's series).
 */
const oilQuestionSchema = z.strictObject({
  type: z.literal("oil-common-basis"),
  ...common,
  /** The importer and the supplier asked about ("Israel", "Azerbaijan"). */
  country: z.string().min(1),
  subject: z.string().min(1),
  estimates: z.strictObject({
    dataset: slugId,
    /** The column naming who supplied the oil. */
    supplier: columnKey,
    /** Suppliers that include the subject but are not it (a group, a crude grade, a route). */
    groups: z.array(z.string().min(1)),
    /** The official records (customs): drawn as the reference series. */
    official: whereSchema,
    /** Rows holding a total of the importer's crude imports, to convert a share of them. */
    totals: whereSchema,
    /** Denominators that are the importer's crude imports. */
    crudeImports: z.array(z.string().min(1)),
    /** Denominators that are the importer's oil consumption. */
    consumption: z.array(z.string().min(1)),
    /** Measures that are volumes of crude reaching the importer. */
    volumes: z.array(z.string().min(1)),
  }),
  /** The importer's oil consumption per year (b/d or thousand b/d), every edition. */
  consumption: z.strictObject({ dataset: slugId, where: whereSchema }),
  /** The tonnes-to-barrels factor, and why that one. */
  factor: z.strictObject({ dataset: slugId, where: whereSchema, why: z.string().min(1) }),
  /** A published regional statistic around the flow, shown apart and for what it is. */
  regional: z.strictObject({
    dataset: slugId,
    where: whereSchema,
    title: z.string().min(1),
    explanation: z.string().min(1),
    /** Rows of the same dataset shown beside it (e.g. the neighbouring region's flow). */
    beside: whereSchema.optional(),
    /** What the publisher says of how the statistic is made. */
    reasons: z.array(citedText),
  }),
  /** What the sources do and do not count, in their keepers' or reporters' words. */
  caveats: z.array(citedText),
});
export type OilQuestionSpec = z.infer<typeof oilQuestionSchema>;

/** A SIPRI share per five-year window: published at release beside recomputed from the register. */
const armsQuestionSchema = z.strictObject({
  type: z.literal("sipri-share"),
  ...common,
  /** The dataset of published shares, with its published-vs-recomputed section. */
  published: slugId,
  country: z.string().min(1),
  role: z.enum(["imports", "exports"]),
  partner: z.string().min(1),
});
export type ArmsQuestionSpec = z.infer<typeof armsQuestionSchema>;

export const questionSchema = z.discriminatedUnion("type", [oilQuestionSchema, armsQuestionSchema]);
export type QuestionSpec = z.infer<typeof questionSchema>;

export const questionsFileSchema = z.strictObject({
  questions: z.array(questionSchema).min(1),
});

export const QUESTIONS_FILE = "questions.json";
