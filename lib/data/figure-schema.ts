import { z } from "zod";
import { columnKey, slugId } from "./keys";

/**
 * `data/figures.json`: the flow figures /flows draws, each with the id its embed, its rows in
 * the flows download and its checkbox use. Metadata only: which datasets a figure draws on and
 * how; the figures are computed from the rows every time. (Dataset charts are declared in their
 * datasets' metadata, the same way.)
 */

const common = {
  id: slugId,
  /** The figure's short name: its checkbox, its rows in the flows table, its embed's title. */
  name: z.string().min(1),
};

/** A reader's choice a figure adds to the flows form: a query parameter and its label. */
const choice = z.strictObject({ param: slugId, label: z.string().min(1) });

/** The corridor map: SIPRI's arms to one country, the tanker arrow, investment, places. */
const corridorFigure = z.strictObject({
  ...common,
  kind: z.literal("corridor"),
  transfers: slugId,
  investment: slugId,
  places: slugId,
  /** The oil-estimates figure whose first link is the tanker arrow; drawn with the map. */
  oil: slugId,
});

/** A crude link's independent estimates, one row per denominator (views of a dataset). */
const oilEstimatesFigure = z.strictObject({
  ...common,
  kind: z.literal("oil-estimates"),
  /** The figure's heading. */
  title: z.string().min(1),
  dataset: slugId,
  /** Disagreement views of the dataset (its metadata's sections), each with its label. */
  views: z.array(z.strictObject({ view: slugId, label: z.string().min(1) })).min(1),
});

/** One country's arms imports or exports in the chosen five-year window (SIPRI TIV). */
const armsFigure = z.strictObject({
  ...common,
  kind: z.literal("arms"),
  dataset: slugId,
  country: z.string().min(1),
  role: z.enum(["imports", "exports"]),
});

/** One exporter's crude to its importers in a chosen year. */
const crudeFigure = z.strictObject({
  ...common,
  kind: z.literal("crude"),
  dataset: slugId,
  /** The figure's heading; "{from}" stands for the exporter. */
  title: z.string().min(1),
  subtitle: z.string().min(1),
  /** The exporter (the dataset's `from` value), or the default one when the reader chooses. */
  from: z.string().min(1),
  unit: z.string().min(1),
  yearColumn: columnKey,
  /** Only rows whose columns hold these values (for a matrix of several kinds). */
  where: z.record(columnKey, z.string()).optional(),
  /** A column flagging withheld cells: counted and reported, never summed. */
  withheldColumn: columnKey.optional(),
  digits: z.number().int().min(0).max(3),
  /** What one link's value is; "{rows}" stands for the number of rows summed. */
  basis: z.string().min(1),
  /** The year's choice in the flows form. */
  year: choice,
  /** When present, the reader chooses the exporter among the dataset's. */
  chooseFrom: choice.optional(),
});

export const flowFigureSchema = z.discriminatedUnion("kind", [
  corridorFigure,
  oilEstimatesFigure,
  armsFigure,
  crudeFigure,
]);
export type FlowFigureSpec = z.infer<typeof flowFigureSchema>;
export type CrudeFigureSpec = z.infer<typeof crudeFigure>;
export type ArmsFigureSpec = z.infer<typeof armsFigure>;
export type CorridorFigureSpec = z.infer<typeof corridorFigure>;
export type OilEstimatesFigureSpec = z.infer<typeof oilEstimatesFigure>;

export const figuresFileSchema = z.strictObject({
  flows: z.array(flowFigureSchema).min(1),
});

export const FIGURES_FILE = "figures.json";
