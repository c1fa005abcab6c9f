// Real addresses of countries Adobe supports, one each, valid under the address rules
// (docs/rules.md ADR-01 to ADR-04): the table the "valid address of each country" tests use.
import type { Address } from '../../server/domain/types.js';

const address = (country: string, region: string, city: string, addressLine1: string, postalCode: string): Address => ({ country, region, city, addressLine1, postalCode });

export const VALID_ADDRESSES: Address[] = [
  address('US', 'CA', 'San Jose', '345 Park Ave', '95110-2704'),
  address('CA', 'ON', 'Ottawa', '111 Wellington St', 'K1A 0A9'),
  address('GB', 'LND', 'London', '10 Downing St', 'SW1A 2AA'),
  address('DE', 'BE', 'Berlin', 'Unter den Linden 1', '10117'),
  address('FR', 'IDF', 'Paris', '55 Rue du Faubourg Saint-Honoré', '75008'),
  address('JP', '13', 'Chiyoda-ku', '1-1 Chiyoda', '100-0001'),
  address('AU', 'NSW', 'Sydney', 'Bennelong Point', '2000'),
  address('IN', 'MH', 'Mumbai', 'Nariman Point', '400021'),
  address('BR', 'SP', 'São Paulo', 'Av. Paulista 1578', '01310-200'),
  address('MX', 'CMX', 'Ciudad de México', 'Av. Juárez 2', '06000'),
  address('ES', 'M', 'Madrid', 'Calle de Alcalá 50', '28014'),
  address('IT', 'RM', 'Roma', 'Via del Corso 1', '00186'),
  address('NL', 'NH', 'Amsterdam', 'Dam 1', '1012 JS'),
  address('SE', 'AB', 'Stockholm', 'Drottninggatan 1', '111 51'),
  address('NO', '03', 'Oslo', 'Karl Johans gate 1', '0154'),
  address('DK', '84', 'København', 'Rådhuspladsen 1', '1550'),
  address('FI', '18', 'Helsinki', 'Mannerheimintie 1', '00100'),
  address('IE', 'D', 'Dublin', '1 Grafton Street', 'D02 X285'),
  address('CH', 'ZH', 'Zürich', 'Bahnhofstrasse 1', '8001'),
  address('AT', '9', 'Wien', 'Stephansplatz 1', '1010'),
  address('BE', 'BRU', 'Bruxelles', 'Grand-Place 1', '1000'),
  address('PL', '14', 'Warszawa', 'Plac Defilad 1', '00-901'),
  address('CZ', '10', 'Praha', 'Václavské náměstí 1', '110 00'),
  address('PT', '11', 'Lisboa', 'Praça do Comércio 1', '1100-148'),
  address('NZ', 'AUK', 'Auckland', '1 Queen St', '1010'),
  address('SG', '01', 'Singapore', '1 Raffles Place', '048616'),
  address('KR', '11', 'Seoul', '110 Sejong-daero', '04524'),
  address('CN', 'BJ', 'Beijing', '1 Chang An Avenue', '100006'),
  address('ZA', 'GP', 'Johannesburg', '1 Commissioner St', '2001'),
  address('AE', 'DU', 'Dubai', 'Sheikh Zayed Road 1', '00000'),
  address('IL', 'TA', 'Tel Aviv', '1 Rothschild Blvd', '6688101'),
  address('TR', '34', 'İstanbul', 'İstiklal Caddesi 1', '34430'),
  address('AR', 'C', 'Buenos Aires', 'Av. de Mayo 525', 'C1084AAA'),
  address('TW', 'TPE', 'Taipei', 'No. 7, Section 5, Xinyi Road', '110'),
  address('FI', '01', 'Mariehamn', 'Torggatan 1', '22100'),
];
