/**
 * What a shared link shows besides its image: the same title and description for the page,
 * Open Graph and Twitter (whose large card takes the Open Graph image).
 */
export function shareMetadata(title: string, description: string) {
  return {
    title,
    description,
    openGraph: { title, description, siteName: "Flowledger", type: "website" as const },
    twitter: { card: "summary_large_image" as const, title, description },
  };
}
