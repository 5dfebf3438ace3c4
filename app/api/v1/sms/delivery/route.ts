// POST /api/v1/sms/delivery: delivery reports from the SMS gateway (README "SMS gateway").
import { handleDeliveryReport } from "@/lib/sms/handle-delivery-report";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleDeliveryReport(request);
}
