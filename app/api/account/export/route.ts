import { NextResponse } from "next/server";
import { localiseErrorBody } from "@/app/_lib/localise-error";
import { getDb } from "@/db/client";
import { exportAccountData } from "@/lib/account/export-account-data";
import { currentMember } from "@/lib/auth/current-member-next";

/** "Download my data": everything kept about the member, as a JSON file. */
export async function GET(): Promise<Response> {
  const member = await currentMember();
  if (!member) return NextResponse.json(await localiseErrorBody({ error: "Please sign in." }), { status: 401 });
  const now = new Date();
  const data = await exportAccountData(await getDb(), { userId: member.viewer.id, now });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
