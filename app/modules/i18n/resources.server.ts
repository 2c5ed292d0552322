/**
 * Every language's strings, for the server only: it renders any language a
 * request asks for. The browser never imports this file; it loads the one
 * language of its page (browser-resources.ts), so an old phone does not
 * download ten languages to read one.
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
import fa from "../../../locales/fa/common.json";
import faConsultations from "../../../locales/fa/consultations.json";
import faParticipation from "../../../locales/fa/participation.json";
import faOutcome from "../../../locales/fa/outcome.json";
import faWorkspace from "../../../locales/fa/workspace.json";
import faSelfDescription from "../../../locales/fa/selfdescription.json";
import faAf from "../../../locales/fa-AF/common.json";
import faAfConsultations from "../../../locales/fa-AF/consultations.json";
import faAfParticipation from "../../../locales/fa-AF/participation.json";
import faAfOutcome from "../../../locales/fa-AF/outcome.json";
import faAfWorkspace from "../../../locales/fa-AF/workspace.json";
import faAfSelfDescription from "../../../locales/fa-AF/selfdescription.json";
import ps from "../../../locales/ps/common.json";
import psConsultations from "../../../locales/ps/consultations.json";
import psParticipation from "../../../locales/ps/participation.json";
import psOutcome from "../../../locales/ps/outcome.json";
import psWorkspace from "../../../locales/ps/workspace.json";
import psSelfDescription from "../../../locales/ps/selfdescription.json";
import pt from "../../../locales/pt/common.json";
import ptConsultations from "../../../locales/pt/consultations.json";
import ptParticipation from "../../../locales/pt/participation.json";
import ptOutcome from "../../../locales/pt/outcome.json";
import ptWorkspace from "../../../locales/pt/workspace.json";
import ptSelfDescription from "../../../locales/pt/selfdescription.json";
import uk from "../../../locales/uk/common.json";
import ukConsultations from "../../../locales/uk/consultations.json";
import ukParticipation from "../../../locales/uk/participation.json";
import ukOutcome from "../../../locales/uk/outcome.json";
import ukWorkspace from "../../../locales/uk/workspace.json";
import ukSelfDescription from "../../../locales/uk/selfdescription.json";
import sw from "../../../locales/sw/common.json";
import swConsultations from "../../../locales/sw/consultations.json";
import swParticipation from "../../../locales/sw/participation.json";
import swOutcome from "../../../locales/sw/outcome.json";
import swWorkspace from "../../../locales/sw/workspace.json";
import swSelfDescription from "../../../locales/sw/selfdescription.json";

export const resources = {
  en: { common: en, consultations: enConsultations, participation: enParticipation, workspace: enWorkspace, outcome: enOutcome, selfdescription: enSelfDescription },
  es: { common: es, consultations: esConsultations, participation: esParticipation, workspace: esWorkspace, outcome: esOutcome, selfdescription: esSelfDescription },
  fr: { common: fr, consultations: frConsultations, participation: frParticipation, workspace: frWorkspace, outcome: frOutcome, selfdescription: frSelfDescription },
  ar: { common: ar, consultations: arConsultations, participation: arParticipation, workspace: arWorkspace, outcome: arOutcome, selfdescription: arSelfDescription },
  fa: { common: fa, consultations: faConsultations, participation: faParticipation, workspace: faWorkspace, outcome: faOutcome, selfdescription: faSelfDescription },
  "fa-AF": { common: faAf, consultations: faAfConsultations, participation: faAfParticipation, workspace: faAfWorkspace, outcome: faAfOutcome, selfdescription: faAfSelfDescription },
  ps: { common: ps, consultations: psConsultations, participation: psParticipation, workspace: psWorkspace, outcome: psOutcome, selfdescription: psSelfDescription },
  pt: { common: pt, consultations: ptConsultations, participation: ptParticipation, workspace: ptWorkspace, outcome: ptOutcome, selfdescription: ptSelfDescription },
  uk: { common: uk, consultations: ukConsultations, participation: ukParticipation, workspace: ukWorkspace, outcome: ukOutcome, selfdescription: ukSelfDescription },
  sw: { common: sw, consultations: swConsultations, participation: swParticipation, workspace: swWorkspace, outcome: swOutcome, selfdescription: swSelfDescription },
} as const;
