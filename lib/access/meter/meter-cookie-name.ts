/** The anonymous free-article meter's cookie (lib/access/meter/meter-cookie); the route table reads its presence. */
export const METER_COOKIE = "lede_meter";
