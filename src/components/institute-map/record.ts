/**
 * The bundled record of `<civic-institute-map>`: `institutes`, every institute the report names
 * (seeds/institutes.json), as `InstituteMapData`. Pure mapping; nothing is invented: a null
 * district stays null (listed beside the map), an unconfirmed hint stays a hint.
 */
import type { LocalizedText, SeedInstitute, SeedInstitutes } from '../../data/types.js';
import { instituteRecordId, loadInstitutes } from '../../data/records.js';
import type { InstituteMapData, InstituteMapInstitute } from './types.js';
import { copyJson } from '../../core/json-copy.js';

const HINT_PREFIX = { zh: /^未经确认的线索[：:]\s*/, en: /^Unconfirmed hint:\s*/i };

/**
 * The seeds keep a hint-only place (大连理工 → 江北区, 诺丁汉 → 高新区) in the location note,
 * which starts "未经确认的线索：" / "Unconfirmed hint:"; it becomes the `hint` field.
 */
function splitHint(note: LocalizedText | undefined): { hint?: LocalizedText; note?: LocalizedText } {
  if (!note || typeof note === 'string') return { note };
  if (note.zh && HINT_PREFIX.zh.test(note.zh)) {
    return {
      hint: {
        zh: note.zh.replace(HINT_PREFIX.zh, ''),
        ...(note.en ? { en: note.en.replace(HINT_PREFIX.en, '') } : {}),
      },
    };
  }
  return { note };
}

export function toInstituteMapInstitute(s: SeedInstitute): InstituteMapInstitute {
  const loc = s.location;
  const { hint, note } = loc.district === null ? splitHint(loc.note) : { hint: undefined, note: loc.note };
  return {
    id: s.id,
    name: { zh: s.nameZh, en: s.nameEn },
    statuses: [...s.statuses],
    kind: s.kind,
    location: {
      district: loc.district,
      confidence: loc.confidence,
      zone: loc.zone,
      ...(hint ? { hint: copyJson(hint) } : {}),
      ...(note ? { note: copyJson(note) } : {}),
      sources: copyJson(loc.sources),
    },
    source: copyJson(s.seedQuote),
    ...(s.note ? { note: copyJson(s.note) } : {}),
  };
}

/** Builds the map data of the whole institute set. Pure: the input is not changed. */
export function toInstituteMapData(seed: SeedInstitutes): InstituteMapData {
  return {
    id: instituteRecordId,
    title: { zh: '报道提及的研究机构及所在区县', en: 'Research institutes named in the report, by district' },
    institutes: seed.institutes.map(toInstituteMapInstitute),
    // The seed notes about the map (named institutes are a subset of the 60; null districts are
    // listed, not plotted; which zone lies in which district). The note on alignedClusterIds
    // concerns data the map does not show.
    notes: (seed.notes ?? [])
      .filter((n) => !/alignedClusterIds/.test(typeof n === 'string' ? n : `${n.zh ?? ''}${n.en ?? ''}`))
      .map((n) => copyJson(n)),
  };
}

/** The record `institutes`; undefined for any other id. */
export async function loadInstituteMapRecord(id: string): Promise<InstituteMapData | undefined> {
  if (id !== instituteRecordId) return undefined;
  return toInstituteMapData(await loadInstitutes());
}
