// The business systems reached under 服务事项 → 按用户 → 法人单位 (domain.md §1). Their own
// pages are outside this product; the platform only decides who may enter and for whom.
export const BUSINESS_SYSTEMS = ["gaoqi", "kexiao"] as const;
export type BusinessSystem = (typeof BUSINESS_SYSTEMS)[number];

export function isBusinessSystem(value: string): value is BusinessSystem {
  return (BUSINESS_SYSTEMS as readonly string[]).includes(value);
}
