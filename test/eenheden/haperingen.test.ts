import { expect } from '@open-wc/testing';
import { alleenHaperingen, HAPERING, zonderBestanden } from '../../scripts/gedeeld/haperingen.mjs';

const geslaagd = { passed: true, errors: [], testResults: { tests: [{ passed: true }] } };
const gehaperd = { passed: false, errors: [{ message: HAPERING }], testResults: { suites: [{ tests: [{ passed: true }, { passed: true }] }] } };

describe('eenheid: haperingen van de testrunner (scripts/test.mjs)', () => {
  it('geeft de sessies die alleen haperden bij het sluiten van de pagina', () => {
    expect(alleenHaperingen([geslaagd, gehaperd])).to.deep.equal([gehaperd]);
    expect(alleenHaperingen([geslaagd])).to.deep.equal([]);
  });

  it('geeft niets terug zodra er een echte fout is: een gefaalde test, of een andere fout', () => {
    const metGefaaldeTest = { ...gehaperd, testResults: { suites: [{ tests: [{ passed: true }], suites: [{ tests: [{ passed: false }] }] }] } };
    expect(alleenHaperingen([gehaperd, metGefaaldeTest])).to.equal(undefined);
    const andereFout = { passed: false, errors: [{ message: HAPERING }, { message: 'Browser crashed' }], testResults: {} };
    expect(alleenHaperingen([andereFout])).to.equal(undefined);
    const zonderFout = { passed: false, errors: [], testResults: { tests: [{ passed: false }] } };
    expect(alleenHaperingen([zonderFout])).to.equal(undefined);
  });

  it('haalt --files en zijn bestanden uit de opties, en laat de rest staan', () => {
    expect(zonderBestanden(['--files', 'test/a.test.ts', 'test/b.test.ts', '--static-logging'])).to.deep.equal(['--static-logging']);
    expect(zonderBestanden(['--group', 'x'])).to.deep.equal(['--group', 'x']);
  });
});
