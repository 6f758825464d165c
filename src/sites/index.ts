/**
 * The site registry: which pages are articles, their canonical URL, and the extractor that
 * reads them, for every site at once: the background, the CLI, the tests and vite.config.ts
 * at build time import it (the content script loads only its page's site file, through
 * load-site.ts), so it touches no DOM global at load.
 */
import type { Article } from '../core/article.ts';
import { detectWithSite, extractWithSite, type Detection } from '../extract/page.ts';
export { readArchivedPage, type ArchivedReading } from '../extract/archived-page.ts';
import { canonicalize, type Site } from '../extract/site.ts';
import abcnews from './abcnews.ts';
import aljazeera from './aljazeera.ts';
import apnews from './apnews.ts';
import axios from './axios.ts';
import bbc from './bbc.ts';
import bloomberg from './bloomberg.ts';
import cbsnews from './cbsnews.ts';
import cnn from './cnn.ts';
import foxnews from './foxnews.ts';
import independent from './independent.ts';
import latimes from './latimes.ts';
import nbcnews from './nbcnews.ts';
import newyorker from './newyorker.ts';
import npr from './npr.ts';
import nytimes from './nytimes.ts';
import politico from './politico.ts';
import reuters from './reuters.ts';
import telegraph from './telegraph.ts';
import theatlantic from './theatlantic.ts';
import theguardian from './theguardian.ts';
import thehill from './thehill.ts';
import usatoday from './usatoday.ts';
import vox from './vox.ts';
import washingtonpost from './washingtonpost.ts';
import wsj from './wsj.ts';
// France, Spain, Italy, Japan
import abc from './abc.ts';
import asahi from './asahi.ts';
import corriere from './corriere.ts';
import elmundo from './elmundo.ts';
import elpais from './elpais.ts';
import japannews from './japannews.ts';
import lavanguardia from './lavanguardia.ts';
import lefigaro from './lefigaro.ts';
import lemonde from './lemonde.ts';
import lesechos from './lesechos.ts';
import mainichi from './mainichi.ts';
import repubblica from './repubblica.ts';
import yomiuri from './yomiuri.ts';
// US, Canada, India
import businessinsider from './businessinsider.ts';
import cbc from './cbc.ts';
import cnbc from './cnbc.ts';
import globalnews from './globalnews.ts';
import nationalpost from './nationalpost.ts';
import rollingstone from './rollingstone.ts';
import techcrunch from './techcrunch.ts';
import theglobeandmail from './theglobeandmail.ts';
import theintercept from './theintercept.ts';
import timesofindia from './timesofindia.ts';
import voanews from './voanews.ts';
import wired from './wired.ts';
// German-language sites (Germany, Switzerland, Austria)
import spiegel from './spiegel.ts';
import zeit from './zeit.ts';
import faz from './faz.ts';
import sueddeutsche from './sueddeutsche.ts';
import welt from './welt.ts';
import tagesschau from './tagesschau.ts';
import dw from './dw.ts';
import stern from './stern.ts';
import ntv from './ntv.ts';
import nzz from './nzz.ts';
import derstandard from './derstandard.ts';
import orf from './orf.ts';
// Issue 13: the UK, Euronews and Politico Europe, then Dutch, Swedish, Norwegian, Polish, Korean and Turkish.
import dailymail from './dailymail.ts';
import mirror from './mirror.ts';
import thesun from './thesun.ts';
import express from './express.ts';
import metro from './metro.ts';
import politicoeu from './politicoeu.ts';
import standard from './standard.ts';
import inews from './inews.ts';
import euronews from './euronews.ts';
import nieuwsblad from './nieuwsblad.ts';
import nrk from './nrk.ts';
import aftonbladet from './aftonbladet.ts';
import rp from './rp.ts';
import hankookilbo from './hankookilbo.ts';
import haberturk from './haberturk.ts';

export type { Site, Template } from '../extract/site.ts';
export type { Detection } from '../extract/page.ts';

export const sites: readonly Site[] = [
  nytimes, washingtonpost, cnn, bbc, politico, theguardian, reuters, apnews,
  npr, nbcnews, cbsnews, abcnews, foxnews, latimes, usatoday, wsj, bloomberg,
  theatlantic, newyorker, aljazeera, axios, thehill, independent, telegraph, vox,
  // France, Spain, Italy, Japan
  lemonde, lefigaro, lesechos, elpais, elmundo, abc, lavanguardia, corriere, repubblica,
  asahi, yomiuri, mainichi, japannews,
  // US, Canada, India
  cnbc, businessinsider, wired, rollingstone, theintercept, voanews, techcrunch,
  cbc, globalnews, nationalpost, theglobeandmail, timesofindia,
  // German-language sites (Germany, Switzerland, Austria)
  spiegel, zeit, faz, sueddeutsche, welt, tagesschau, dw, stern, ntv, nzz, derstandard, orf,
  // Issue 13: the UK, Euronews and Politico Europe, then Dutch, Swedish, Norwegian, Polish, Korean and Turkish.
  dailymail, mirror, thesun, express, metro, standard, inews, euronews, politicoeu,
  nieuwsblad, nrk, aftonbladet, rp, hankookilbo, haberturk,
];

const byHost = new Map(sites.flatMap((site) => site.hosts.map((host) => [host, site] as const)));

export function siteForUrl(url: URL): Site | undefined {
  return byHost.get(url.hostname.toLowerCase());
}

/** Match patterns for the manifest's content_scripts and host_permissions. */
export function contentScriptMatches(): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

export function canonicalUrl(url: URL): string {
  return siteForUrl(url)?.canonical(url) ?? canonicalize(url);
}

/** Cheap and exact: URL rules, then a few head checks; never walks the body. */
export function detectArticle(url: URL, doc: Document): Detection {
  return detectWithSite(siteForUrl(url), url, doc);
}

/** The article in a Document, with the URL's site file or else the generic extractor; null when none is found. */
export function extractArticle(doc: Document, url: URL): Promise<Article | null> {
  return extractWithSite(siteForUrl(url), doc, url);
}

/** host → site id, for the content script to load only the file it needs (see vite.config.ts). */
export function siteIdsByHost(): Record<string, string> {
  // Keyed without "www.": the table rides in every article's content script, and most sites list both forms.
  return Object.fromEntries(sites.flatMap((site) => site.hosts.map((host) => [hostKey(host), site.id])));
}

/** A hostname as siteIdsByHost keys it. */
export const hostKey = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');
