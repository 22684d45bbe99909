/**
 * A matter's 材料清单 in one spreadsheet cell: `名称（原件|复印件|原件及复印件）×份数` items separated
 * by `；`. Read leniently (ASCII brackets and semicolons, `x` for ×, a bare name = one original).
 */
import { MATERIAL_FORM_LABELS, MATERIAL_FORMS, type MaterialForm, type MaterialItem } from '../contract/card.schema';

const FORM_BY_LABEL = new Map(MATERIAL_FORMS.map((f) => [MATERIAL_FORM_LABELS[f], f] as [string, MaterialForm]));
const ITEM = /^(.+?)\s*(?:[（(]\s*(原件及复印件|原件|复印件)\s*[)）])?\s*(?:[×xX*]\s*(\d{1,2}))?\s*$/;

export function materialsText(items: MaterialItem[]): string {
  return items.map((m) => `${m.name}（${MATERIAL_FORM_LABELS[m.form]}）×${m.count}`).join('；');
}

/** The items of a cell, or the problem with one of them (for the import's row message). */
export function parseMaterials(text: string): { items: MaterialItem[] } | { problem: string } {
  const items: MaterialItem[] = [];
  for (const part of text
    .split(/[；;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = ITEM.exec(part);
    const name = m?.[1].trim() ?? '';
    const count = m?.[3] ? Number(m[3]) : 1;
    if (!m || !name || [...name].length > 60) return { problem: `材料“${part}”应写作 名称（原件/复印件）×份数` };
    if (count < 1) return { problem: `材料“${name}”的份数应为 1–99` };
    items.push({ name, form: m[2] ? (FORM_BY_LABEL.get(m[2]) as MaterialForm) : 'original', count });
  }
  return items.length > 50 ? { problem: '材料清单最多 50 项' } : { items };
}
