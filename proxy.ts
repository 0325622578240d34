import type { NextRequest } from "next/server";

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * In front of every request. The site only serves reading (GET, HEAD): without this, Next
 * answers a POST to a prerendered page with the page itself; other methods get 405 with the
 * allowed ones. A path with broken percent-encoding (`/datasets/%ZZ`) makes Next 16's router
 * answer 500 while decoding the slug (vercel/next.js#92527, still open); it gets a 400 here.

 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method Not Allowed\n", {
      status: 405,
      headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const raw = request.nextUrl.pathname;
  if (!decodable(raw)) {
    return new Response("Bad Request: malformed percent-encoding in the address\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

// Pages and downloads only: static assets and the API route (which answers other methods with
// 405 itself) skip this step, which costs every request it runs on.
export const config = {
  matcher: ["/((?!_next/|api/|icon\\.svg|favicon\\.ico).*)"],
};
