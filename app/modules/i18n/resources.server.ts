/**
 * Every language's strings, for the server only: it renders any language a
 * request asks for. The browser never imports this file; it loads the one
 * language of its page (browser-resources.ts), so an old phone does not
 * download four languages to read one.
 */
import ar from "../../../locales/ar/common.json";
import arConsultations from "../../../locales/ar/consultations.json";
import arParticipation from "../../../locales/ar/participation.json";
import arOutcome from "../../../locales/ar/outcome.json";
import arSelfDescription from "../../../locales/ar/selfdescription.json";
import arWorkspace from "../../../locales/ar/workspace.json";
import en from "../../../locales/en/common.json";
import enConsultations from "../../../locales/en/consultations.json";
import enParticipation from "../../../locales/en/participation.json";
import enOutcome from "../../../locales/en/outcome.json";
import enSelfDescription from "../../../locales/en/selfdescription.json";
import enWorkspace from "../../../locales/en/workspace.json";
import es from "../../../locales/es/common.json";
import esConsultations from "../../../locales/es/consultations.json";
import esParticipation from "../../../locales/es/participation.json";
import esOutcome from "../../../locales/es/outcome.json";
import esSelfDescription from "../../../locales/es/selfdescription.json";
import esWorkspace from "../../../locales/es/workspace.json";
import fr from "../../../locales/fr/common.json";
import frConsultations from "../../../locales/fr/consultations.json";
import frParticipation from "../../../locales/fr/participation.json";
import frOutcome from "../../../locales/fr/outcome.json";
import frSelfDescription from "../../../locales/fr/selfdescription.json";
import frWorkspace from "../../../locales/fr/workspace.json";

export const resources = {
  en: { common: en, consultations: enConsultations, participation: enParticipation, workspace: enWorkspace, outcome: enOutcome, selfdescription: enSelfDescription },
  es: { common: es, consultations: esConsultations, participation: esParticipation, workspace: esWorkspace, outcome: esOutcome, selfdescription: esSelfDescription },
  fr: { common: fr, consultations: frConsultations, participation: frParticipation, workspace: frWorkspace, outcome: frOutcome, selfdescription: frSelfDescription },
  ar: { common: ar, consultations: arConsultations, participation: arParticipation, workspace: arWorkspace, outcome: arOutcome, selfdescription: arSelfDescription },
} as const;
