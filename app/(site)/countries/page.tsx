import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountriesTable } from "@/components/countries/countries-table";
import { windowLabel } from "@/lib/sipri/shares";
import { armsWorld, countriesTable, worldConventions } from "@/lib/pages/country-page";
import { getCatalog } from "@/lib/catalog/load-data";

export const metadata: Metadata = {
  title: "Countries: arms imports and exports",
  description:
    "Every supplier and recipient in SIPRI's trade register: arms imports and exports (TIV) for the latest five-year window, world share and rank.",
};

export default async function CountriesPage() {
  const world = armsWorld(await getCatalog());
  if (!world) notFound();
  const w = windowLabel(world.latest.window);
  return (
    <article className="countries-page">
      <header>
        <h1>Arms imports and exports of every country</h1>
        <p className="subtitle">
          Every supplier and recipient in SIPRI&rsquo;s trade register, with its imports and exports
          of major arms in {w} (the latest complete five-year window), in SIPRI trend-indicator
          values, and its share of the world&rsquo;s total and rank among states. Select a name for
          its page.
        </p>
      </header>
      <CountriesTable
        table={countriesTable(world)}
        caption={`Suppliers and recipients, ${w}. Select a column heading to sort.`}
      />
      <ul className="notes">
        {worldConventions(world).map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </article>
  );
}
