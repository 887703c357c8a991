// The PII detector: runs the selected finders over the normalised text (and decoded segments) and
// keeps the most specific finding where spans overlap.

import type { SyncDetector } from '../../types.ts';
import { type Finder, resolveOverlaps, runFinders } from '../finder.ts';
import { findAddresses } from './address.ts';
import { findCards } from './card.ts';
import { findDatesOfBirth, findDriverLicences, findPassports } from './contextual.ts';
import { findEmails } from './email.ts';
import { findIbans } from './iban.ts';
import { findIps } from './ip.ts';
import { findPersons } from './person.ts';
import { findPhones } from './phone.ts';
import { findSsns } from './ssn.ts';

/** Entity types, most specific first (the order settles overlaps). */
export const PII_ENTITIES = [
  'iban',
  'credit_card',
  'us_ssn',
  'email',
  'ip_address',
  'driver_license',
  'passport',
  'date_of_birth',
  'phone',
  'street_address',
  'person',
] as const;
export type PiiEntity = (typeof PII_ENTITIES)[number];

/** Person names and street addresses are heuristic (low precision): opt-in. */
export const DEFAULT_PII_ENTITIES: readonly PiiEntity[] = PII_ENTITIES.filter(
  (e) => e !== 'person' && e !== 'street_address',
);

const FINDERS: Record<PiiEntity, Finder> = {
  iban: findIbans,
  credit_card: findCards,
  us_ssn: findSsns,
  email: findEmails,
  ip_address: findIps,
  driver_license: findDriverLicences,
  passport: findPassports,
  date_of_birth: findDatesOfBirth,
  phone: findPhones,
  street_address: findAddresses,
  person: findPersons,
};

const RANK = new Map<string, number>(PII_ENTITIES.map((e, i) => [e, i]));

export interface PiiOptions {
  entities?: readonly PiiEntity[];
  /** Also scan decoded base64/hex/URL segments (default true). */
  decoded?: boolean;
  /** Minimum finding score (default 0.5). */
  threshold?: number;
}

export function createPiiDetector(opts: PiiOptions = {}, id = 'pii'): SyncDetector {
  const entities = opts.entities ?? DEFAULT_PII_ENTITIES;
  const finders = entities.map((e) => FINDERS[e]);
  const minScore = opts.threshold ?? 0.5;
  const decoded = opts.decoded ?? true;
  const rank = (t: string): number => RANK.get(t) ?? 99;
  return {
    id,
    kind: 'sync',
    detect({ view }) {
      return resolveOverlaps(runFinders(id, view, finders, { decoded, minScore }), rank);
    },
  };
}
