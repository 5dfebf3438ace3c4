import Link from "next/link";

/** One of two big choices (the two login windows, the two kinds of registration). */
export function ChoiceCard({ href, title, description }: { href: string; title: string; description: string }) {
  return (
    <li className="rounded border-2 border-gray-300 p-4 hover:border-gov-blue">
      <h2 className="mb-2 text-xl font-bold">
        <Link href={href} className="text-gov-blue underline underline-offset-4 hover:no-underline">
          {title}
        </Link>
      </h2>
      <p>{description}</p>
    </li>
  );
}
