import { SimplePage } from "@/app/_components/simple-page";

export const metadata = { title: "Subscribe" };

export default function SubscribePage() {
  return (
    <SimplePage title="Subscribe">
      <p>Subscriptions open soon. Meanwhile, create a free account to read articles for registered readers.</p>
    </SimplePage>
  );
}
