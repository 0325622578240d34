import type { NextRequest } from "next/server";

/**
 * The site only serves reading: GET and HEAD. Without this, Next answers a POST or PUT to a
 * prerendered page or download with the page itself; a method the site does not support gets a
 * plain 405 instead, with the methods it does.
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return;
  return new Response("Method Not Allowed\n", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
  });
}
