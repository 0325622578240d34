/** Addresses of the question pages: the page, and one converted figure's page. */
export const questionHref = (slug: string) => `/questions/${slug}`;
export const convertedHref = (slug: string, rowId: string) => `/questions/${slug}/${rowId}`;
