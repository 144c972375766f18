/**
 * The events coder's word lists, as data. Written by hand from the PLOVER 2021 manual's category
 * definitions and the CAMEO verb classes they absorb (CAMEO2PLOVER-2021); never from evaluation items.
 *
 * Trigger syntax: phrases separated by `/`; words by spaces; `a|b` alternative words; a trailing `*` inflects a base form
 * (attack → attacks, attacked, attacking); every other word must match as written (lower case).
 */
import type { PloverType } from './types.js';

export interface TriggerEntry {
  phrase: string;
  type: PloverType;
  mode?: string;
  context?: string;
}

type Row = [phrase: string, mode?: string, context?: string];

/** Rows per category; the comment above each block is its reason. */
const ROWS: Record<PloverType, Row[]> = {
  // AGREE: statements of intent to cooperate, offers, promises (CAMEO 03).
  AGREE: [
    [
      'reach* agreement/reach* an agreement/reach* a deal/struck a deal/strike* a deal/struck an agreement|accord/strike* an agreement|accord',
    ],
    ['settl*', '', 'diplomatic'],
    ['propos*'],
    ['guarantee*|assur*'],
    ['accord'],
    ['agree*'],
    ['agreement'],
    ['offer*'],
    ['pledge*'],
    // Vows are promises (CAMEO 03); a vowed conflictual action becomes THREATEN in the coder.
    ['vow*|vowed'],
    ['promise*'],
    ['commit* to'],
    ['be|is|are|was|were willing to'],
    // "would not hesitate to use force": the act announced (a threat when conflictual).
    ['not hesitate to'],
    ['prepared|preparing|ready to'],
    ['accept*', '', 'diplomatic'],
    ['express* readiness|willingness/express* its|their|his|her readiness|willingness'],
    ['consent*'],
  ],
  // CONSULT: meetings, visits, calls, talks, mediation (CAMEO 04).
  CONSULT: [
    ['talk*'],
    ['confer*|convene*|convened'],
    ['consultation*|dialogue'],
    ['travel* to', 'visit'],
    ['receiv*|received', 'visit'],
    ['trip|tour*', 'visit'],
    ['meet*'],
    ['met'],
    ['talks'],
    ['hold* talks'],
    ['held talks'],
    ['negotiat*', '', 'diplomatic'],
    ['negotiations', '', 'diplomatic'],
    ['visit*', 'visit'],
    ['host*', 'visit'],
    ['arriv* in', 'visit'],
    ['telephon*', 'phone'],
    ['phone call', 'phone'],
    ['phoned|phones|phoning', 'phone'],
    ['exchang* views', '', 'diplomatic'],
    // Sending an envoy is a consultation (CAMEO 04), not a build-up.
    ['send*|sent an|a|its|their envoy|envoys|delegation|emissary', 'visit', 'diplomatic'],
    ['spoke by telephone', 'phone'],
    ['consult*'],
    ['discuss*'],
    ['mediat*', '', 'diplomatic'],
    ['mediation', '', 'diplomatic'],
    ['summit'],
    ['launch* a mediation', '', 'diplomatic'],
    // Brokering a deal is mediation (CAMEO 045).
    ['broker*|brokered', '', 'diplomatic'],
  ],
  // SUPPORT: praise, endorsement, recognition, apology, signing formal agreements (CAMEO 05).
  SUPPORT: [
    ['hail*|applaud*|embrac*|appreciat*'],
    ['ratif*|ratify|ratified', '', 'diplomatic'],
    ['approv*'],
    ['reaffirm* support'],
    ['prais*'],
    ['endors*'],
    // Voting for and siding with are endorsements (CAMEO 051).
    ['vot* in favour|favor of/vot* for the resolution|motion|proposal|plan'],
    ['sided|siding|sides with'],
    ['welcom*'],
    ['backed|backs|backing'],
    ['defend*'],
    ['support*'],
    ['recogniz*|recognis*', '', 'diplomatic'],
    ['apologiz*|apologis*'],
    ['forgiv*|forgave'],
    ['sign*', '', 'diplomatic'],
    ['congratulat*'],
    ['thank*'],
    ['commend*'],
    ['laud*'],
    // Establishing or upgrading diplomatic relations is recognition (CAMEO 054).
    ['establish*|upgrad* diplomatic ties|relations', '', 'diplomatic'],
    ['exchang* ambassadors', '', 'diplomatic'],
    ['apology|apologies'],
  ],
  // CONCEDE: yielding to demands, easing restrictions, allowing (CAMEO 08 yield classes).
  CONCEDE: [
    ['postpon*|delay*'],
    ['call*|called off'],
    // Giving in to demands and dropping charges are concessions (CAMEO 08, 081).
    ['give|gives|gave|giving|given in to'],
    ['drop*|dropped charges/drop*|dropped the|all charges', '', 'legal'],
    ['repeal*'],
    ['cut*|reduc*|lower* tariffs/roll*|rolled back tariffs', '', 'economic'],
    ['compromis*|backtrack*'],
    ['bow* to'],
    ['reinstat*|restor*|abolish*'],
    ['allow*'],
    ['conced*'],
    ['concession|concessions'],
    ['yield*'],
    ['accede*'],
    ['lift* the ban', '', 'rights_freedoms'],
    ['relax*|shorten*|eas*'],
    ['eas* restrictions'],
    ['back* down'],
    ['grant* amnesty', '', 'legal'],
    ['pardon*', '', 'legal'],
    ['legaliz*|legalis*'],
  ],
  // COOPERATE: material cooperation: joint exercises, intelligence sharing, extradition (CAMEO 06).
  COOPERATE: [
    ['war game*', '', 'military'],
    ['normaliz*|normalis* relations|ties', '', 'diplomatic'],
    ['coordinat*'],
    ['joint patrol*', '', 'military'],
    ['alliance/allied with'],
    ['cooperat*'],
    ['co-operat*'],
    ['war games', '', 'military'],
    ['joint exercise*', '', 'military'],
    // (A service word may stand between: "joint naval exercises", "joint air drills".)
    ['joint naval|air|military|army|border exercise*|drill*|manoeuvres|maneuvers|patrol*', '', 'military'],
    ['joint military', '', 'military'],
    ['share* intelligence', '', 'intelligence'],
    ['share*|shared'],
    ['extradit*', '', 'legal'],
    ['collaborat*'],
    ['partnership'],
    ['work* together'],
  ],
  // AID: economic, military, humanitarian aid, asylum, peacekeeping (CAMEO 07).
  AID: [
    ['assistance'],
    ['deploy* peacekeepers|observers|monitors/send* peacekeepers/sent peacekeepers', '', 'peacekeeping'],
    ['mobiliz*|mobilis* funds|resources|support', '', 'economic'],
    ['gave|give*|giving'],
    ['accept* refugees/accepted refugees/took in refugees', 'asylum'],
    ['assist*|help*|helped'],
    ['fund*|financ*|contribut*', '', 'economic'],
    // (The verb: "fled to shelters" is no aid, "provided shelter" is, by "provid*"; an intransitive
    // "families were sheltering in schools" still codes AID: a known limit.)
    ['sheltered|sheltering|evacuat*', '', 'humanitarian'],
    ['aid'],
    ['donat*'],
    ['provid*|suppli*|supply|allocat*'],
    ['send* aid/sent aid'],
    // Sending or shipping food, medicine or relief goods is humanitarian aid (CAMEO 073).
    [
      'send*|sent|ship*|shipped food|medicine|medicines|medical|supplies|relief|blankets|tents',
      '',
      'humanitarian',
    ],
    ['deliver* aid|food|supplies|relief/deliver* humanitarian aid'],
    ['deliver* aid'],
    ['humanitarian assistance', '', 'humanitarian'],
    ['grant* asylum', '', 'asylum'],
    ['loan*', '', 'economic'],
    ['lend|lends|lending|lent', '', 'economic'],
    ['grant*', '', 'economic'],
    ['supply|supplied|supplies weapons', '', 'military'],
    ['relief', '', 'humanitarian'],
    ['peacekeep*', '', 'peacekeeping'],
    ['rescu*', '', 'humanitarian'],
  ],
  // RETREAT: releases, withdrawals, ceasefires, surrender, easing sanctions (CAMEO 08 return classes).
  RETREAT: [
    ['ceas*|ceased', 'ceasefire', 'military'],
    ['open* its|their|the border|borders', 'access', 'humanitarian'],
    [
      'remov*|lift*|eas*|repeal* sanctions|restrictions|embargo/remov*|lift*|eas*|repeal* the sanctions|restrictions|embargo',
      'ease',
      'economic',
    ],
    ['cessation of hostilities', 'ceasefire', 'military'],
    ['give*|gave|given up fighting|arms|weapons', 'disarm', 'military'],
    ['return*|returned', 'return'],
    ['hand*|handed back', 'return'],
    ['exchang* prisoners/swap*/repatriat*', 'release', 'legal'],
    ['armistice', 'ceasefire', 'military'],
    ['releas*', 'release', 'legal'],
    ['free|freed|frees|freeing', 'release', 'legal'],
    ['return* to', 'return'],
    ['withdr*|withdraw*|withdrew|withdrawn|withdrawal', 'withdraw', 'military'],
    ['pull* out', 'withdraw', 'military'],
    ['pull* back', 'withdraw', 'military'],
    ['ceasefire|cease-fire|truce', 'ceasefire', 'military'],
    ['surrender*', 'disarm', 'military'],
    ['disarm*', 'disarm', 'military'],
    ['demobiliz*|demobilis*', 'disarm', 'military'],
    ['lay|laid down their arms', 'disarm', 'military'],
    ['lay|lays|laying|laid down arms|weapons', 'disarm', 'military'],
    ['lift* sanctions', 'ease', 'economic'],
    ['lift*', 'ease'],
    ['hand* over', 'return'],
    ['retreat*', 'withdraw', 'military'],
    // Leaving office is a retreat in the PLOVER gold's coding (CAMEO puts it under 0832, CONCEDE).
    ['step* down', 'withdraw', 'political_institutions'],
    ['resign*', 'withdraw', 'political_institutions'],
  ],
  // REQUEST: demands, appeals, calls, requests (CAMEO 02 and 10).
  REQUEST: [
    ['must|should'],
    ['push* for/push* hard for/pushing hard for'],
    ['petition*|implor*|invit*'],
    ['lobbi*|lobbied'],
    ['demand*'],
    ['urg*'],
    ['call* for'],
    ['call* on'],
    ['call* upon'],
    ['appeal*'],
    ['request*'],
    ['ask*'],
    ['insist*'],
    ['press* for'],
    ['order*'],
    ['press* to'],
    // Pressing or pressuring someone to act (a name may stand between: "pressed Sylvania to release …").
    ['pressed|pressured|pressuring'],
    ['seek*|sought'],
    ['plead*'],
  ],
  // ACCUSE: criticism, accusations, lawsuits, investigations, convictions (CAMEO 09, 11).
  ACCUSE: [
    ['legal action', 'allege', 'legal'],
    ['guilty', 'disapprove', 'legal'],
    ['indict*|prosecut*', 'allege', 'legal'],
    ['summon*', 'allege', 'diplomatic'],
    ['interrogat*|question*', 'investigate'],
    ['accusation*|criticism|denunciation', 'disapprove'],
    // ("blasted" is criticism; the noun "a blast" is an explosion, coded ASSAULT.)
    ['blasted|blasting|castigat*|fault*|decr*', 'disapprove'],
    ['reprimand*', 'disapprove'],
    ['chastis*|chastiz*|excoriat*|upbraid*|rapped|branded', 'disapprove'],
    ['took|take|takes|taking issue with', 'disapprove'],
    // Complaints, suits and trials are legal accusations (CAMEO 114-116).
    ['complaint|complaints', 'allege', 'diplomatic'],
    ['fil*|filed|lodg* a complaint|lawsuit|suit|protest', 'allege', 'legal'],
    ['trial', 'allege', 'legal'],
    ['impeach*', 'allege', 'legal'],
    ['accus*', 'allege'],
    ['alleg*', 'allege'],
    ['blam*', 'allege'],
    ['charg*', 'allege', 'legal'],
    ['condemn*', 'disapprove'],
    ['criticiz*|criticis*', 'disapprove'],
    ['denounc*', 'disapprove'],
    ['deplor*', 'disapprove'],
    ['protest* to', 'allege', 'diplomatic'],
    // An official protest issued, lodged or sent is a complaint (CAMEO 114), not a demonstration.
    [
      'issu*|lodg*|deliver*|sent|send* a|an strong|formal|official|diplomatic protest/issu*|lodg*|deliver*|sent|send* a|an protest|protests/protest note|notes/note of protest',
      'allege',
      'diplomatic',
    ],
    ['complain*', 'allege', 'diplomatic'],
    ['su|sue|sued|sues|suing', 'allege', 'legal'],
    ['lawsuit', 'allege', 'legal'],
    ['investigat*', 'investigate'],
    ['investigation', 'investigate'],
    ['probe*', 'investigate'],
    ['inquiry', 'investigate'],
    ['convict*', 'disapprove', 'legal'],
    ['found guilty', 'disapprove', 'legal'],
    ['sentenc*', 'disapprove', 'legal'],
    ['attack* verbally', 'disapprove'],
    ['lambast*', 'disapprove'],
    ['slam*', 'disapprove'],
    ['rebuk*', 'disapprove'],
    ['disapprov*', 'disapprove'],
    ['object* to', 'disapprove'],
    // Verbal attacks in news idiom (CAMEO 111): "lashed out at", "hit out at", "assailed".
    ['lash* out/hit* out/hits out', 'disapprove'],
    ['assail*|censur*|reproach*|berat*|scold*|chided|chide*', 'disapprove'],
    ['express*|voic* outrage|anger|indignation|dismay|displeasure', 'disapprove'],
  ],
  // REJECT: refusals, rejections, defiance, vetoes (CAMEO 12).
  REJECT: [
    ['denied|deny|denies|denying permission|access|request|requests'],
    ['resist*|disput*|snub*|balk*'],
    ['refut*|rebut*|rebuff*'],
    ['walk* out of'],
    ['reject*'],
    ['refus*'],
    ['declin* to'],
    ['fail* to'],
    ['rebuff*'],
    ['renege*|reneging'],
    ['veto*', 'yield', 'diplomatic'],
    ['defy|defied|defies|defying', 'yield', 'legal'],
    ['violat*', 'yield', 'legal'],
    ['dismiss*'],
    ['ruled|rule|rules out'],
    // "has yet to release the prisoners": a cooperative act not yet done is declined.
    ['has|have|had yet to'],
    // An action declared out of the question is refused ("lifting the ban is out of the question").
    ['out of the question/out of question'],
    // Having no intention or plan to act, and a standing refusal, decline the act (CAMEO 12).
    ['no intention of/no intention to/no plans to/no plan to'],
    ['refusal|refusals'],
    // Ignoring calls or warnings and stopping short of an act decline it (CAMEO 12); REQUIRED_OBJECTS
    // says what must follow.
    ['ignor*|disregard*'],
    ['stop*|stopped short of'],
    ['spurn*'],
    ['turn* down'],
    ['oppos*'],
  ],
  // THREATEN: threats of force, sanctions, ultimatums (CAMEO 13).
  THREATEN: [
    ['deadline', 'relations', 'diplomatic'],
    ['intimidat*'],
    ['threat*|threaten*', 'violence'],
    ['swore|sworn|swear*|vow*|vowed to fight', 'violence'],
    ['warn*'],
    ['ultimatum', 'relations', 'diplomatic'],
    ['menac*'],
  ],
  // PROTEST: demonstrations, strikes, hunger strikes, blockades, riots (CAMEO 14).
  PROTEST: [
    ['stop*|stopped work/downed tools', 'boycott'],
    ['walkout|sit-in|uprising', 'demo'],
    ['boycott*', 'boycott'],
    ['protest*', 'demo'],
    ['demonstrat*', 'demo'],
    ['demonstration*', 'demo'],
    ['rally|rallied|rallies|rallying', 'demo'],
    ['march*', 'demo'],
    ['hunger strike*', 'hunger'],
    ['strike*/went on strike/walked out', 'boycott'],
    ['block*|blockad*', 'obstruct'],
    ['riot*', 'riot'],
    ['sit-in', 'obstruct'],
    ['picket*', 'demo'],
  ],
  // SANCTION: reducing relations, cutting aid, expulsions of diplomats, halting talks (CAMEO 16).
  SANCTION: [
    // Closing a mission abroad reduces relations (CAMEO 16).
    ['clos*|closed its|the embassy|consulate', 'withdraw', 'diplomatic'],
    [
      'withdr*|withdraw*|withdrew|recall* peacekeepers|observers|inspectors|monitors|ambassador|envoy|diplomats/pull* out peacekeepers|observers|inspectors|monitors|diplomats',
      'withdraw',
      'diplomatic',
    ],
    ['suspension', 'discontinue'],
    [
      'reduc*|cut|cuts|cutting|slash* aid|assistance/reduc*|cut|cuts|cutting|slash* military|humanitarian|economic|financial aid|assistance/reduc*|cut|cuts|cutting|slash* the|its|their aid|assistance/reduc*|cut|cuts|cutting|slash* the|its|their military|humanitarian|economic|financial aid|assistance',
      'discontinue',
    ],
    ['impos*|slap*|slapped sanctions/impos*|slap*|slapped new sanctions', 'restrict', 'economic'],
    ['downgrad*|withh*|withheld|cancel*', 'discontinue'],
    ['break* relations/broke relations/severed relations', 'withdraw', 'diplomatic'],
    ['sanction*', 'restrict', 'economic'],
    ['embargo*', 'restrict', 'economic'],
    ['cut* off/cut* ties', 'withdraw', 'diplomatic'],
    ['sever*', 'withdraw', 'diplomatic'],
    ['suspend*', 'discontinue'],
    ['halt*', 'discontinue'],
    ['end|ends|ended|ending', 'discontinue'],
    ['recall* its ambassador', 'withdraw', 'diplomatic'],
    ['expel*|expulsion', 'expel', 'diplomatic'],
    ['prohibit*', 'discontinue'],
    ['deny|denied|denies entry', 'restrict'],
    ['freez*|froze', 'discontinue', 'economic'],
    ['break* off/broke off', 'withdraw', 'diplomatic'],
  ],
  // MOBILIZE: troop deployments, alerts, police build-ups (CAMEO 15).
  MOBILIZE: [
    [
      'strengthen*|intensif*|intensified|boost*|bolster* forces|troops|presence/strengthen*|intensif*|intensified|boost*|bolster* its|their forces|troops|presence',
      'troops',
      'military',
    ],
    ['on alert', 'troops', 'military'],
    // Raising a presence or security, calling in the army, alerts of any degree (CAMEO 151-154).
    [
      'increas*|rais*|boost*|doubl* its|their|the military|security|troop|police presence/increas*|rais*|boost*|doubl* military|security|troop|police presence/step*|beef* up its|their|the military|security presence|patrols/step*|beef* up military|security presence|patrols/step*|beef* up security|patrols/increas*|rais*|boost*|doubl* the number of troops|soldiers|police|policemen',
      'troops',
      'military',
    ],
    [
      'call*|called in|out the army|military|troops|police/call*|called in|out troops|police',
      'troops',
      'military',
    ],
    ['on maximum|full|red|heightened alert', 'troops', 'military'],
    // Shows of force: exercises and manoeuvres (CAMEO 150).
    ['military exercise*|drill*|manoeuvres|maneuvers', 'troops', 'military'],
    // (Verb forms of "station" only: a "police station" is a place, seen in several IndiaPoliceEvents sentences.)
    ['dispatch*|stationed|stationing', 'troops', 'military'],
    ['send* troops/sent troops', 'troops', 'military'],
    ['build-up|buildup', 'troops', 'military'],
    ['scrambl*', 'troops', 'military'],
    ['mobiliz*|mobilis*', 'troops', 'military'],
    ['deploy*', 'troops', 'military'],
    ['mass* troops', 'troops', 'military'],
    ['put|puts|putting on alert', 'troops', 'military'],
    ['high alert', 'troops', 'military'],
    ['reinforc*', 'troops', 'military'],
    ['beef* up security', 'police'],
    ['call* up reservists/called up', 'troops', 'military'],
  ],
  // COERCE: arrests, seizures, bans, curfews, deportations, blockades (CAMEO 17, 191-192).
  COERCE: [
    ['captur*', 'seize', 'military'],
    ['forced|forcing', 'restrict'],
    ['state of siege/lockdown', 'martial-law'],
    ['clos*|closed|seal*|sealed its|the borders|border', 'restrict'],
    ['round*|rounded up', 'arrest', 'legal'],
    ['apprehend*', 'arrest', 'legal'],
    ['expropriat*|nationaliz*|nationalis*', 'seize'],
    ['shut* down', 'restrict'],
    ['restrict*|outlaw*|suppress*', 'restrict'],
    ['demolish*|bulldoz*', 'seize'],
    ['arrest*', 'arrest', 'legal'],
    ['detain*|detention', 'arrest', 'legal'],
    ['jail*|imprison*', 'arrest', 'legal'],
    ['raid*', 'arrest', 'legal'],
    ['seiz*|seize', 'seize'],
    ['confiscat*', 'seize'],
    ['ban*', 'ban'],
    ['curfew', 'curfew'],
    ['state of emergency/martial law', 'martial-law'],
    ['deport*', 'deport', 'legal'],
    ['impos*', 'restrict'],
    ['occup*|occupy*', 'seize', 'military'],
    // Hunting or tracking people down is a pursuit to arrest them (CAMEO 173).
    ['hunt*|track* down', 'arrest', 'legal'],
    // Administrative sanctions and restrictions (CAMEO 172, 1721): barring, revoking, stripping, fining,
    // purges, jamming, blocked access, closures, surveillance, harassment.
    ['barred|barring', 'restrict'],
    ['revok*|revocation', 'restrict'],
    ['stripped|stripping', 'restrict'],
    ['fined', 'restrict', 'legal'],
    ['purg*', 'restrict', 'political_institutions'],
    ['jammed|jamming', 'restrict', 'rights_freedoms'],
    ['block*|blocked access', 'restrict'],
    ['clos*|closed down', 'restrict'],
    ['under surveillance', 'restrict'],
    ['harass*', 'restrict'],
    // Razing property (CAMEO 171 damage property; the PLOVER gold codes property destruction COERCE).
    ['raze|razed|razing', 'seize'],
    // Breaking up a demonstration is repression of dissent, not the protest itself.
    [
      'broke|break|breaks|breaking up the|a demonstration|protest|rally|crowd|sit-in/broke|break|breaks|breaking up demonstrations|protests|rallies',
      'restrict',
    ],
    // Custody, impounding, roadblocks, closed airspace or borders, dissolved parliaments, suspended
    // constitutions: arrests, seizures and restrictions (CAMEO 171-173, 191).
    ['into custody', 'arrest', 'legal'],
    // Arrest idioms of police reporting (several IndiaPoliceEvents ARREST sentences each): picked up by
    // the police, nabbed, remanded to custody, held in custody.
    ['picked|pick* up by police|the|security|army|cid/were|was|been picked up', 'arrest', 'legal'],
    ['nabb*|nabbed', 'arrest', 'legal'],
    ['remand*', 'arrest', 'legal'],
    ['in custody/in police|judicial custody/police custody', 'arrest', 'legal'],
    ['impound*', 'seize'],
    ['roadblock*', 'restrict', 'military'],
    ['clos*|closed its|the airspace|border|borders', 'restrict', 'military'],
    ['dissolv* parliament|assembly/dissolv* the parliament|assembly', 'restrict', 'political_institutions'],
    ['suspend*|suspended the constitution', 'restrict', 'political_institutions'],
    ['censor*', 'restrict', 'rights_freedoms'],
    ['kidnap*|abduct*|hijack*', 'abduct'],
    ['crack* down/crackdown', 'restrict'],
    ['execut*', 'restrict', 'legal'],
    ['hanged', 'restrict', 'legal'],
    // Blockade and restricted movement (CAMEO 191).
    ['surround*|encircl*/cordon* off/cordoned', 'restrict', 'military'],
    ['besieg*/lay|laid|lays|laying siege', 'restrict', 'military'],
    // A siege is a blockade (CAMEO 191; ConfliBERT train: all 9 sentences with "siege" are material conflict).
    ['siege|sieges', 'restrict', 'military'],
    ['loot*|ransack*|pillag*', 'seize'],
    ['evict*', 'deport'],
  ],
  // ASSAULT: violence: attacks, killings, bombings, shelling, air strikes (CAMEO 18-20).
  ASSAULT: [
    ['military operation*', '', 'military'],
    ['cyber-attack*|cyberattack*/cyber warfare|attack*', '', 'cyber'],
    ['human shield*', 'abduct'],
    ['violat*|broke|break* ceasefire|truce/violat*|broke|break* the|a ceasefire|truce', '', 'military'],
    ['slaughter*|slay|slain|stab*|lynch*|behead*', ''],
    ['mortar*|grenade*', 'heavy-weapons', 'military'],
    ['shootout|skirmish*|hostilities|gunfire', 'firearms', 'military'],
    ['drone strike*', 'aerial', 'military'],
    // "jets struck rebel positions": only with a military object after it (REQUIRED_OBJECTS); "an
    // earthquake struck", "struck a chord" code nothing, "struck a deal" is an agreement.
    ['struck', 'aerial', 'military'],
    // The same for "hit": "jets hit 14 targets", not "prices hit a record" or "hit hard by the storm".
    ['hit|hits', 'aerial', 'military'],
    ['detonat*', 'explosives'],
    ['rape*|raped', 'sexual'],
    ['target*', ''],
    ['violence', ''],
    ['attack*', ''],
    ['assault*', ''],
    ['kill*', ''],
    ['murder*', ''],
    ['massacr*', 'massacre'],
    ['shot|shoot*/gunned down/opened fire', 'firearms'],
    // Throwing stones or petrol bombs at someone (CASE 2021 demonstrations and mob violence, several).
    [
      'threw|throw|throws|throwing|hurl*|pelt*|pelted stones|rocks|bricks|projectiles|petrol|molotov/pelt*|pelted',
      '',
    ],
    ['fired on|at', 'firearms'],
    ['fire|fired|fires|firing', 'firearms'],
    ['retaliat*', ''],
    ['bomb*|bombing*', 'explosives'],
    ['explod*|explosion', 'explosives'],
    ['blast|blasts', 'explosives'],
    // Violent repression of a crowd (CAMEO 175).
    ['dispers*/tear gas/teargas|tear-gas', 'pro_autocracy'],
    // Baton charges on a crowd are violent repression (CAMEO 175; several IndiaPoliceEvents FORCE sentences).
    ['lathi-charg*|lathicharg*|baton-charg*/lathi|baton charg*', 'beat'],
    // Taking a position by force and cross-border raids (CAMEO 19).
    ['overran|overrun|overruns|overrunning', '', 'military'],
    ['incursion*', '', 'military'],
    ['sniper*', 'firearms', 'military'],
    ['mutilat*', 'torture'],
    ['blew|blow up', 'explosives'],
    // A bomber who "blew himself up" carried out a suicide bombing (CAMEO 1831), not damage to property.
    ['blew|blow|blows|blowing himself|herself|themselves up', 'suicide-attack'],
    // Using weapons of mass destruction (CAMEO 204x).
    ['us*|used chemical|biological|nuclear weapons', 'unconventional', 'cbrn'],
    // Crushing a revolt or protest is violent repression (CAMEO 175).
    ['crush*', 'pro_autocracy', 'military'],
    // Avenging and using force are violence (vowed, they are threats: CAMEO 138).
    ['aveng*'],
    ['wipe|wipes|wiped|wiping out', 'massacre'],
    ['us* force/us* military|armed force', '', 'military'],
    ['suicide bomb*/suicide attack', 'suicide-attack'],
    // Bombers are the attack's agents (ConfliBERT train: all 9 sentences with "bomber(s)" are material conflict).
    ['suicide bomber|bombers', 'suicide-attack'],
    ['bomber|bombers', 'explosives'],
    ['shell*', 'heavy-weapons', 'military'],
    // "gunboats pounded the villages" (verb forms only: "pounds" is money).
    ['pounded|pounding', 'heavy-weapons', 'military'],
    ['artillery', 'heavy-weapons', 'military'],
    ['air strike*/airstrike*|bombard*/air raid*', 'aerial', 'military'],
    ['missile*|rocket*', 'heavy-weapons', 'military'],
    ['fight*|fought', '', 'military'],
    ['clash*', '', 'military'],
    ['battl*', '', 'military'],
    ['offensive', '', 'military'],
    ['invad*|invasion', '', 'military'],
    ['stormed|storm|storms|storming', ''],
    ['beat|beaten|beating|beats', 'beat'],
    ['tortur*', 'torture'],
    ['assassinat*', 'assassinate'],
    ['ambush*', 'firearms'],
    ['destroy*', 'seize'],
    ['burn*|burnt|torched/set fire', 'seize'],
    ['wound*|injur*', ''],
    ['strafe*', 'aerial', 'military'],
    ['war', '', 'military'],
  ],
};

/** Every trigger entry, in category order (the order ties between equal-length matches break in). */
export const TRIGGERS: readonly TriggerEntry[] = Object.entries(ROWS).flatMap(([type, rows]) =>
  rows.map(([phrase, mode, context]) => ({
    phrase,
    type: type as PloverType,
    ...(mode ? { mode } : {}),
    ...(context ? { context } : {}),
  })),
);

/** Categories whose trigger governs a following action ("threatened to impose sanctions"): the action
 * is absorbed into this event (its mode and context carried over), not coded on its own. */
export const GOVERNING_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  'AGREE',
  'REQUEST',
  'THREATEN',
  'REJECT',
  'ACCUSE',
]);

/** Words between a governing trigger and the action it governs (to impose, for the release of, of attacking). */
export const COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  'to',
  'for',
  'of',
  'that',
  'on',
  'upon',
  'the',
  'an',
  'a',
  'its',
  'their',
  'his',
  'her',
  'immediate',
  'new',
  'further',
  'more',
  'be',
]);

/** Aspectual verbs a governing trigger reaches through ("threatened to resume attacks", "prepared to resume bombarding"). */
export const ASPECTUAL_VERBS: ReadonlySet<string> = new Set([
  'resume',
  'resuming',
  'continue',
  'continuing',
  'start',
  'starting',
  'begin',
  'beginning',
  'keep',
]);

/** Preparing (as a finite verb, not "is prepared to") a conflictual act is mobilising for it (CAMEO 15). */
export const PREPARATION_WORDS: ReadonlySet<string> = new Set(['prepared', 'preparing']);

/** Reporting verbs: their clause names who reports the event (source), and they are never triggers. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'stated',
  'states',
  'added',
  'announced',
  'quoted',
  'claimed',
  'claims',
  'insisted',
  'noted',
  'confirmed',
  'concluded',
  'reiterated',
  'argued',
  'according',
  'declared',
  'explained',
]);

/** Negation cues before a trigger in its clause: the event is reported as not having happened (denied). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'without',
  'nor',
  'neither',
]);

/** Denial verbs governing a trigger ("denied attacking"): status denied. */
export const DENIALS: ReadonlySet<string> = new Set([
  'denied',
  'denies',
  'deny',
  'denying',
  'rejected claims',
  'dismissed',
]);

/** Claim cues: the event is asserted by an interested party or unconfirmed (status claimed). */
export const CLAIMS: ReadonlySet<string> = new Set([
  'claimed',
  'claims',
  'claim',
  'allegedly',
  'reportedly',
  'purportedly',
  'purported',
  'alleged',
  'supposedly',
]);

/** Conditional openers: a trigger in their clause is hypothetical and is not coded as an event. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

/** Modal verbs of mere possibility right before a trigger: hypothetical, not coded. */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may']);

/** Cues of a future or intended event (status planned). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  'would',
  'shall',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'scheduled',
  'expected',
  'going',
  'to',
]);

/** Words that end a clause for argument search (subordinators, relative pronouns, clause punctuation). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  'who',
  'which',
  'whom',
  'whose',
  'while',
  'after',
  'before',
  'because',
  'although',
  'though',
  'when',
  'where',
  'since',
  'but',
  'as',
  'despite',
  'following',
  'amid',
  'until',
  'if',
  'unless',
  'whereas',
]);

/** Prepositions whose object is a place or a time, not a participant. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'during',
  'since',
  'around',
  'into',
  'from',
  'over',
  'within',
  'by',
]);

/** Verbs of travel whose "to" opens a destination, not a participant ("will travel to Addis Ababa to meet …"). */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set(
  'travel travels traveled travelled traveling travelling fly flies flew flown flying go goes went gone going return returns returned returning head heads headed heading come comes came coming move moves moved moving'.split(
    ' ',
  ),
);

/** Head nouns of non-entity participants (a sector): "police in Germany", "Rwandan rebels". */
export const SECTOR_NOUNS: ReadonlySet<string> = new Set([
  'bomber',
  'bombers',
  'warplanes',
  'lawyer',
  'lawyers',
  'journalist',
  'experts',
  'agency',
  'commission',
  'association',
  'monitor',
  'gunman',
  'attackers',
  'assailants',
  'militant',
  'soldier',
  'policeman',
  'protester',
  'student',
  'officer',
  'administration',
  'department',
  'tribunal',
  'prosecutor',
  'prosecutors',
  'investigators',
  'police',
  'policemen',
  'officers',
  'troops',
  'soldiers',
  'army',
  'forces',
  'military',
  'rebels',
  'insurgents',
  'militants',
  'guerrillas',
  'gunmen',
  'fighters',
  'militia',
  'militias',
  'protesters',
  'demonstrators',
  'students',
  'workers',
  'farmers',
  'government',
  'authorities',
  'officials',
  'official',
  'ministry',
  'minister',
  'president',
  'leader',
  'leaders',
  'parliament',
  'court',
  'judge',
  'opposition',
  'party',
  'union',
  'unions',
  'residents',
  'villagers',
  'civilians',
  'people',
  'mob',
  'crowd',
  'crowds',
  'activists',
  'warships',
  'jets',
  'aircraft',
  'planes',
  'prisoners',
  'hostages',
  'journalists',
  'refugees',
  'diplomats',
  'embassy',
  'newspaper',
  'council',
  'cabinet',
  'regime',
  'emir',
  'king',
  'prime',
  'spokesman',
  'spokeswoman',
  'sources',
  'source',
  'group',
  'groups',
  'separatists',
  'terrorists',
  'extremists',
  'suspects',
  'men',
  'women',
  'children',
  // (Singular people: "detained a man".)
  'man',
  'woman',
  'suspect',
  'teenager',
  'inspectors',
  'advisers',
  'guards',
  'navy',
  'rioters',
  'mobs',
  'strikers',
  'miners',
  'teachers',
  'doctors',
]);

/** Lower-case modifiers a sector phrase may start with ("senior officials", "riot police"). */
export const SECTOR_MODIFIERS: ReadonlySet<string> = new Set([
  'senior',
  'top',
  'local',
  'former',
  'ethnic',
  'armed',
  'security',
  'riot',
  'paper',
  'university',
  'young',
  'angry',
  'opposition',
  'foreign',
  'defence',
  'defense',
  'interior',
  'civilian',
  'government',
  'state',
  'federal',
  'rebel',
  'army',
  'islamist',
  'radical',
  'militant',
  'police',
  'military',
  'border',
  'peacekeeping',
  'unidentified',
  'masked',
  'armed',
  'tribal',
  'local',
  'provincial',
  'regional',
  'national',
  'chief',
  'deputy',
  'vice',
  'junior',
  'prime',
  "'s",
  '’s',
  'unarmed',
  'striking',
  'supreme',
  'suicide',
  'air',
  'armed',
  'high',
  'district',
  'coalition',
  'allied',
  'israeli',
  'official',
]);

/** Titles before a person's name: the name, not the title, is the participant ("President Mugabe"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president',
  'minister',
  'leader',
  'king',
  'emir',
  'judge',
  'general',
  'secretary',
  'spokesman',
  'spokeswoman',
  'chancellor',
  'premier',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'chief',
  'prime',
  'senator',
  'commander',
]);

/** Calendar words that are never part of a participant's phrase. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words after a sector noun that leave it the head of its phrase (function words, verbs' auxiliaries). */
export const AFTER_HEAD: ReadonlySet<string> = new Set([
  'and',
  'or',
  'in',
  'of',
  'to',
  'from',
  'who',
  'that',
  'which',
  'on',
  'with',
  'at',
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'will',
  'would',
  'said',
  'say',
  'says',
  'for',
  'by',
  'also',
  'near',
  'across',
  'against',
  'could',
  'did',
  'do',
  'does',
  'not',
  'reportedly',
  'allegedly',
  'today',
  'yesterday',
  'later',
  'then',
  'must',
]);

/** Categories of conflict: announced in the future tense or as an intent they are threats (THREATEN). */
export const CONFLICT_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  'ASSAULT',
  'COERCE',
  'SANCTION',
  'PROTEST',
  'REJECT',
  'MOBILIZE',
  'THREATEN',
  'ACCUSE',
]);

/** Joint acts: "X and Y agreed/met/cooperated" names no recipient. */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  'AGREE',
  'CONSULT',
  'COOPERATE',
]);

/** Future-tense auxiliaries right before a trigger: an announced intent (AGREE) or a threat (THREATEN). */
export const INTENT_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', "'ll", 'shall']);

/** Modals of refusal: a cooperative act after them is refused (REJECT), "cannot accept more refugees". */
export const REFUSAL_MODALS: ReadonlySet<string> = new Set(['cannot']);

/** Obligation modals: "X said Y must withdraw" is a REQUEST by X of Y. */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must', 'should']);

/** Condition words after an announced action that make it a threat ("will boycott unless …"). */
export const THREAT_CONDITIONS: ReadonlySet<string> = new Set(['unless', 'until']);

/** Stems of what strikes from the air or with artillery ("jets strike …", "drones struck …"). */
export const AIR_SUBJECTS: readonly string[] = [
  'warplane',
  'jet',
  'drone',
  'bomber',
  'aircraft',
  'helicopter',
  'artiller',
];

/**
 * Subjects that strike without anyone attacking ("lightning struck a fuel depot", "floods struck the
 * army base"): a strike verb after one of them in its clause codes nothing.
 */
export const NATURAL_FORCES: ReadonlySet<string> = new Set(
  'earthquake earthquakes quake quakes storm storms typhoon hurricane cyclone tornado tsunami lightning flood floods flooding fire fires blaze blazes wildfire wildfires rain rains mudslide mudslides blizzard eruption aftershock virus disease cholera epidemic outbreak drought landslide landslides avalanche disaster'.split(
    ' ',
  ),
);

/**
 * Words that may stand before a natural force opening its clause ("flash floods", "a smaller flood",
 * "the powerful earthquake"), besides SUBJECT_DETERMINERS: the adjectives weather reports use.
 */
/** Heads of compounds a trigger noun only modifies ("an evacuation centre", "the attack plans"). */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  'centre centres center centers zone zones route routes plan plans site sites point points area areas warrant warrants proposal proposals line lines monitors'.split(
    ' ',
  ),
);

export const NATURE_MODIFIERS: ReadonlySet<string> = new Set(
  'that these those another flash heavy torrential severe powerful deadly massive strong violent major huge big small smaller larger bigger worst recent latest monsoon seasonal tropical raging sudden week-long days-long'.split(
    ' ',
  ),
);

/** Words that may stand between a natural force and its verb ("floods have killed", "quake also destroyed"). */
export const NATURE_VERB_FILLERS: ReadonlySet<string> = new Set(
  'have has had was were is are also reportedly already and then which that'.split(' '),
);

/**
 * Stems of who is hunted when police seek someone ("police are seeking two suspects", "nine more
 * suspects were being sought"): a manhunt, no request.
 */
export const MANHUNT_OBJECTS: readonly string[] = [
  'suspect',
  'gunm',
  'attacker',
  'fugitive',
  'culprit',
  'perpetrator',
  'killer',
  'assailant',
  'escapee',
  'robber',
  'looter',
  'man',
  'men',
];

/**
 * Stems of what a government releases as aid ("release 12 million euros in emergency aid"); "euros"
 * rather than "euro", which starts "Europe" and "European"; no "pound", which weighs as often as it pays.
 */
export const RELEASED_FUNDS: readonly string[] = [
  'fund',
  'euros',
  'dollar',
  'loan',
  'tranche',
  'grant',
  'money',
  'cash',
];

/** Currency signs that make a release aid only right after the verb ("released $2 billion", not "released on … $100,000 bond"). */
export const RELEASED_SUMS: readonly string[] = ['$', '€', '£'];

/**
 * Stems of what an air or artillery strike hits ("struck rebel positions", "strike militant targets"),
 * infrastructure included ("drones struck an oil refinery"); no "power" ("a power-sharing deal").
 */
export const MILITARY_OBJECTS: readonly string[] = [
  'refiner',
  'substation',
  'infrastructure',
  'airfield',
  'pipeline',
  'warehouse',
  'facilit',
  'target',
  'position',
  'base',
  'stronghold',
  'hideout',
  'depot',
  'convoy',
  'bunker',
  'militant',
  'rebel',
  'insurgent',
  'jihadist',
  'fighter',
  'troop',
  'command',
];

export interface ObjectCue {
  /** The trigger's first word starts with this. */
  verb: string;
  /** A word starting with this follows it in its clause. */
  object: string;
  type: PloverType;
  mode?: string;
  context?: string;
  /** The cue word may also stand in the subject, before the verb. */
  subject?: boolean;
  /** The verb must be `verb` plus an inflection (s, es, d, ed, ing): "end" is not "endorse". */
  exact?: boolean;
  /** How many tokens after the verb the object may stand (default OBJECT_CUE_REACH). */
  reach?: number;
  /** Only when the sentence reports no casualties (CASUALTY_WORDS): damage to things, not people. */
  noCasualties?: boolean;
  /** The cue word must stand in the subject, before the verb (never after it). */
  subjectOnly?: boolean;
  /** Only a one-word trigger ("strike", not "strike a deal with rebel groups"). */
  single?: boolean;
  /** The object is the verb's own: the scan stops at a preposition other than "on" ("the attack in a statement"). */
  direct?: boolean;
}

/** Prepositions that end a direct object cue's scan: what follows them is no object of the verb. */
export const DIRECT_OBJECT_STOPS: ReadonlySet<string> = new Set([
  ...['in', 'at', 'during', 'with', 'by', 'after', 'from', 'through', 'for', 'before', 'via', 'to'],
  ...['over', 'of', 'against', 'into', 'despite', 'amid'],
]);

/** One object cue per verb × object pair, sharing the rest. */
function crossCues(
  verbs: string[],
  objects: string[],
  rest: Omit<ObjectCue, 'verb' | 'object'>,
): ObjectCue[] {
  return verbs.flatMap((verb) => objects.map((object) => ({ verb, object, ...rest })));
}

/** Verb + object pairs whose category differs from the verb's own; each row's comment is its reason. */
export const OBJECT_CUES: readonly ObjectCue[] = [
  // Taking in refugees is aid (asylum), not an agreement.
  { verb: 'accept', object: 'refugee', type: 'AID', mode: 'asylum', context: 'humanitarian' },
  // Accepting the other side's demands is yielding.
  { verb: 'accept', object: 'demand', type: 'CONCEDE' },
  // Troops sent to or arriving for a peacekeeping mission are aid, not a build-up or a visit.
  { verb: 'deploy', object: 'peacekeep', type: 'AID', context: 'peacekeeping', subject: true },
  // Deploying observers, monitors or rescue teams is aid, not a build-up of force.
  ...['observer', 'monitor', 'rescue', 'relief', 'medic'].map((object): ObjectCue => ({
    verb: 'deploy',
    object,
    type: 'AID',
    context: 'humanitarian',
  })),
  // Fighting an epidemic or poverty is aid, not violence.
  ...['epidemic', 'pandemic', 'ebola', 'virus', 'disease', 'poverty', 'hunger', 'famine', 'malaria'].map(
    (object): ObjectCue => ({ verb: 'fight', object, type: 'AID', context: 'humanitarian' }),
  ),
  { verb: 'sen', object: 'peacekeep', type: 'AID', context: 'peacekeeping' },
  { verb: 'arriv', object: 'peacekeep', type: 'AID', context: 'peacekeeping', subject: true },
  // "Jets strike militant targets": an air or artillery strike, not a walkout.
  ...crossCues(['strik'], [...MILITARY_OBJECTS], {
    type: 'ASSAULT',
    mode: 'aerial',
    context: 'military',
    single: true,
  }),
  ...crossCues(['strik'], [...AIR_SUBJECTS], {
    type: 'ASSAULT',
    mode: 'aerial',
    context: 'military',
    subject: true,
    subjectOnly: true,
    single: true,
  }),
  // Violating a ceasefire is fighting (CAMEO 196), not a refusal.
  { verb: 'violat', object: 'ceasefire', type: 'ASSAULT', context: 'military' },
  { verb: 'violat', object: 'truce', type: 'ASSAULT', context: 'military' },
  // Arrested for collaborating, spying or treason: the accusation is the event (CAMEO 1125, PLOVER dev).
  ...crossCues(['arrest', 'detain', 'jail'], ['collaborat', 'spying', 'espionage', 'treason'], {
    type: 'ACCUSE',
    mode: 'allege',
    context: 'legal',
  }),
  // Suspending a newspaper or broadcast restricts freedoms (CAMEO 1721), not a sanction on a state.
  ...['publication', 'newspaper', 'broadcast', 'licen'].map((object): ObjectCue => ({
    verb: 'suspend',
    object,
    type: 'COERCE',
    mode: 'restrict',
    context: 'rights_freedoms',
  })),
  // Withdrawing or recalling envoys, peacekeepers, inspectors or observers reduces relations
  // (CAMEO 161, 1661, 1662), where withdrawing one's troops is a retreat.
  ...crossCues(
    ['withdr', 'recall', 'pull'],
    ['ambassador', 'envoy', 'diplomat', 'peacekeep', 'inspector', 'observer', 'monitor'],
    { type: 'SANCTION', mode: 'withdraw', context: 'diplomatic', subject: true },
  ),
  // Returning (to a city, to the table) for talks or negotiations is consulting (CAMEO 046), not a retreat.
  ...['talk', 'negotiat', 'consultation'].map((object): ObjectCue => ({
    verb: 'return',
    object,
    type: 'CONSULT',
  })),
  // Postponing or delaying a release, withdrawal or handover declines to yield (CAMEO 1243, 1246).
  ...crossCues(['postpon', 'delay'], ['releas', 'withdraw', 'pullout', 'handover', 'evacuat'], {
    type: 'REJECT',
    mode: 'yield',
  }),
  // Agreeing to demands is acceding to them (CAMEO 083), like accepting them.
  { verb: 'agree', object: 'demand', type: 'CONCEDE' },
  // Lifting restrictions on the press, freedoms, parties or movement eases political restrictions
  // (CAMEO 0811), where lifting trade restrictions is an economic retreat.
  ...crossCues(
    ['lift', 'eas', 'remov', 'relax'],
    ['media', 'press', 'freedom', 'political', 'opposition', 'movement', 'travel', 'assembly', 'speech'],
    { type: 'CONCEDE', context: 'rights_freedoms' },
  ),
  // Ending, halting or suspending an offensive, operations or hostilities de-escalates (CAMEO 087).
  ...crossCues(
    ['end', 'halt', 'stop', 'suspend', 'cease'],
    ['offensive', 'operation', 'hostilities', 'bombing', 'shelling', 'airstrike', 'fighting'],
    { type: 'RETREAT', mode: 'disarm', context: 'military', exact: true },
  ),
  // Blocking a resolution, bill or motion is a veto (CAMEO 129), not an obstruction of passage.
  // (Blocking a return or release declines to yield, CAMEO 124.)
  ...crossCues(['block'], ['resolution', 'bill', 'motion', 'proposal', 'nomination', 'return', 'releas'], {
    type: 'REJECT',
    mode: 'yield',
    context: 'diplomatic',
  }),
  // Forcing aid workers out is expelling aid agencies (CAMEO 1663).
  ...['aid', 'humanitarian'].map((object): ObjectCue => ({
    verb: 'forc',
    object,
    type: 'SANCTION',
    mode: 'expel',
    context: 'human_security',
  })),
  // Sending a team to investigate is the investigation (CAMEO 09), not a deployment of force.
  ...['dispatch', 'deploy', 'sen'].map((verb): ObjectCue => ({
    verb,
    object: 'investigat',
    type: 'ACCUSE',
    mode: 'investigate',
  })),
  // Releasing funds or money is aid (CAMEO 071), not the release of prisoners.
  ...RELEASED_FUNDS.map((object): ObjectCue => ({
    verb: 'releas',
    object,
    type: 'AID',
    context: 'economic',
  })),
  ...RELEASED_SUMS.map((object): ObjectCue => ({
    verb: 'releas',
    object,
    type: 'AID',
    context: 'economic',
    reach: 1,
  })),
  // Mobilising funds or resources is aid, not a build-up of force (CAMEO 07).
  ...['fund', 'money', 'resource', 'donor', 'financ'].map((object): ObjectCue => ({
    verb: 'mobili',
    object,
    type: 'AID',
    context: 'economic',
  })),
  // Receiving food, aid or supplies is being aided (CAMEO 07), not hosting a visit.
  ...['food', 'aid', 'assistance', 'suppl', 'medicine', 'donation', 'relief'].map((object): ObjectCue => ({
    verb: 'receiv',
    object,
    type: 'AID',
    context: 'humanitarian',
  })),
  // Ending a visit is the visit (CAMEO 042), not a cut in relations.
  { verb: 'end', object: 'visit', type: 'CONSULT', mode: 'visit', exact: true },
  // Expelling aid agencies or their workers stays a sanction (CAMEO 1663); other people expelled
  // (villagers, journalists, migrants …) are deported (CAMEO 174), not a cut in relations.
  ...['aid', 'humanitarian', 'agenc', 'ngo'].map((object): ObjectCue => ({
    verb: 'expel',
    object,
    type: 'SANCTION',
    mode: 'expel',
    context: 'human_security',
  })),
  ...[
    'villager',
    'resident',
    'journalist',
    'reporter',
    'correspondent',
    'worker',
    'migrant',
    'immigrant',
    'refugee',
    'foreigner',
    'civilian',
    'famil',
    'student',
    'activist',
    'people',
  ].map((object): ObjectCue => ({ verb: 'expel', object, type: 'COERCE', mode: 'deport', context: 'legal' })),
  // Letting in peacekeepers, inspectors, observers or aid is allowing international involvement
  // (CAMEO 086x), a retreat rather than a political concession.
  ...crossCues(
    ['allow', 'accept', 'admit', 'receiv', 'let'],
    ['peacekeep', 'inspector', 'observer', 'monitor', 'aid'],
    { type: 'RETREAT', mode: 'access' },
  ),
  // Easing sanctions, an embargo or a blockade (CAMEO 085, 0872), ending a state of emergency or
  // martial law (0814): retreats, not concessions or cuts.
  ...crossCues(['eas', 'relax', 'loosen'], ['sanction', 'embargo', 'blockade'], {
    type: 'RETREAT',
    mode: 'ease',
    context: 'economic',
  }),
  ...crossCues(['end', 'lift'], ['emergency', 'martial'], { exact: true, type: 'RETREAT', context: 'legal' }),
  // Withdrawing or pulling out of talks, a conference, a peace process or a treaty halts negotiations or
  // cuts relations (CAMEO 164, 16), not a military retreat; the object right after the verb (reach 5).
  ...crossCues(
    ['withdr', 'pull'],
    ['talks', 'negotiat', 'conference', 'dialogue', 'process', 'treaty', 'pact'],
    { type: 'SANCTION', mode: 'withdraw', context: 'diplomatic', reach: 5 },
  ),
  // Protesters who clash, fight or throw stones riot (CAMEO 145, PROTEST): the subject's head class
  // decides, police clashing with protesters stay ASSAULT (several CASE 2021 VIOL_DEMONSTR snippets:
  // protesters in clashes with the police, rioters fighting officers). Looting or burning
  // property stays COERCE (CAMEO 171), whoever does it.
  ...['clash', 'fought', 'fight', 'battl', 'attack', 'threw', 'throw', 'hurl', 'pelt', 'stone'].flatMap(
    (verb) =>
      ['protester', 'demonstrator', 'rioter', 'marcher', 'striker'].map((object): ObjectCue => ({
        verb,
        object,
        type: 'PROTEST',
        mode: 'riot',
        subject: true,
        subjectOnly: true,
        // (Exact verbs: "stoneware" is not "stone", "battlefield" not "battl".)
        exact: true,
      })),
  ),
  // Burning, torching, blowing up or destroying property with nobody hurt is damage to property
  // (CAMEO 171, COERCE; the PLOVER gold dev split codes sabotaged infrastructure COERCE, and ACLED
  // keeps property destruction apart from attacks: several CASE 2021 PROPERTY_DISTRUCT snippets of
  // torched vehicles, burned shops and houses); with casualties it stays an attack. (Exact verbs:
  // "settled" is not "set".)
  ...crossCues(
    ['blew', 'blow', 'burn', 'torch', 'set', 'destroy'],
    [
      'propert',
      'shop',
      'house',
      'home',
      'vehicle',
      'car',
      'cars',
      'bus',
      'truck',
      'lorr',
      'van',
      'building',
      'office',
      'church',
      'mosque',
      'temple',
      'school',
      'bridge',
      'pipeline',
      'power',
      'line',
      'tower',
      'crop',
      'warehouse',
      'market',
      'store',
      'factor',
      'railway',
      'track',
    ],
    { type: 'COERCE', mode: 'seize', subject: true, noCasualties: true, exact: true },
  ),
  // Attacking a policy, decision or remark is verbal criticism (CAMEO 111), not violence.
  ...['policy', 'policies', 'decision', 'remark', 'comment', 'statement', 'stance', 'proposal', 'speech'].map(
    (object): ObjectCue => ({ verb: 'attack', object, type: 'ACCUSE', mode: 'disapprove', direct: true }),
  ),
];

/** How many tokens after a trigger an object cue may stand. */
export const OBJECT_CUE_REACH = 8;

/** Verbs that take their object's category ("approved the extradition" is the extradition). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'approve',
  'approved',
  'approves',
  'approving',
  'supported',
  'supports',
  'support',
  'backed',
  'welcomed',
  'endorsed',
  'gave',
  'give',
  'gives',
  'giving',
]);

/** Words between an action and a trigger noun that is its object ("imposed new sanctions"). */
export const OBJECT_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'new',
  'fresh',
  'further',
  'more',
  'its',
  'their',
  'his',
  'her',
  'economic',
  'military',
  'humanitarian',
  'financial',
  'tough',
  'tougher',
  'all',
  'diplomatic',
  'emergency',
  'food',
  // Comparatives of demands and offers ("demanding faster help", "promised greater support").
  'faster',
  'greater',
  'better',
  'quicker',
  'stronger',
  'urgent',
  'immediate',
]);

/** Prepositions before a trigger noun ("in the war"): the noun is background, ranked after verbs. */
export const NOMINAL_CUES: ReadonlySet<string> = new Set([
  'of',
  'in',
  'for',
  'against',
  'on',
  'with',
  'amid',
  'during',
  'after',
  'despite',
  // "Angry over the bombing, Iran accused …", "following the attack": background cause, not the event.
  'over',
  // "at the request of", "at the invitation of".
  'at',
  'following',
  'since',
]);

/** Determiners and possessives that mark a sentence-opening trigger as a noun ("The killing of …",
 * "Israel's raid …"): the subject of the main verb, ranked after it. */
/** Verbs of intent before "to" ("plans to send aid"): a cooperative action so announced is AGREE. */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'expected',
  'scheduled',
  'due',
  'set',
]);

/** Verbs of ordering: an order's action is the event ("ordered the arrest of" is the arrest, CAMEO 173). */
export const ORDER_VERBS: ReadonlySet<string> = new Set(['order', 'orders', 'ordered', 'ordering']);

/** The categories an order is coded as: acts an authority carries out by ordering them. */
export const ORDERED_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  'COERCE',
  'MOBILIZE',
  'RETREAT',
  'SANCTION',
  'ASSAULT',
]);

/**
 * Verbs that move forces ("massed 20,000 troops", "sent two warships to …", "moved tanks to the
 * frontier"): with a force noun as their object they are a build-up (CAMEO 15), their own sense
 * otherwise ("sent a letter", "moved to a new office").
 */
export const FORCE_MOVE_VERBS: ReadonlySet<string> = new Set([
  'massed',
  'massing',
  'amassed',
  'amassing',
  'moved',
  'moving',
  'moves',
  'rushed',
  'rushing',
  'rushes',
  'sent',
  'send',
  'sends',
  'sending',
  'concentrated',
  'concentrating',
  'positioned',
  'positioning',
  'redeployed',
  'redeploying',
  'airlifted',
  'transferred',
  'brought',
  'bringing',
]);

/** Nouns for armed forces and their weapons platforms: the objects that make a move a build-up. */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'troops',
  'soldiers',
  'forces',
  'tanks',
  'warships',
  'frigates',
  'destroyers',
  'submarines',
  'gunboats',
  'reinforcements',
  'paratroopers',
  'marines',
  'battalions',
  'battalion',
  'brigades',
  'brigade',
  'divisions',
  'armour',
  'armor',
  'artillery',
  'warplanes',
  'jets',
  'policemen',
  'police',
  'army',
  'navy',
  'militiamen',
  'fighters',
]);

/** Words between a move verb and its force noun ("sent 500 more elite troops", "its naval forces"). */
export const FORCE_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'some',
  'more',
  'additional',
  'extra',
  'fresh',
  'further',
  'new',
  'thousands',
  'hundreds',
  'dozens',
  'of',
  'heavy',
  'armed',
  'elite',
  'special',
  'military',
  'naval',
  'security',
  'riot',
  'combat',
  'ground',
  'army',
  'fighter',
  'government',
  'federal',
  'several',
  'two',
  'three',
  'four',
  'five',
  'six',
  'ten',
]);

/**
 * Words right after a force noun that open a second object: the force is an indirect object, the thing
 * sent is something else ("sent police a letter", "sent the troops their orders"): no deployment.
 */
export const DIRECT_OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'their', 'his', 'her', 'its']);

/** Words right after a force noun that make the move a withdrawal ("sent the troops home", "moved forces back"). */
export const FORCE_RETURNS: ReadonlySet<string> = new Set(['home', 'back', 'away', 'out']);

/**
 * Casualty words, whole forms or stems: a sentence with one reports harm to people, not only to
 * property ("deadline", "diesel" and "diet" are no casualty words, so the stems are anchored).
 */
export const CASUALTY_WORDS =
  /^(kill|wound|injur|casualt)|^(dead|deadly|death|deaths|died|die|dies|dying|bodies|hurt)$/;

/**
 * Trigger verbs that code an event only with one of these object stems after them in their clause
 * (within OBJECT_CUE_REACH words): ignoring a question or a person is no refusal, ignoring a call is.
 */
export const REQUIRED_OBJECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['struck', MILITARY_OBJECTS],
  ['hit', MILITARY_OBJECTS],
  ...['ignor', 'disregard'].map((verb): [string, readonly string[]] => [
    verb,
    [
      'call',
      'demand',
      'appeal',
      'warning',
      'ruling',
      'order',
      'request',
      'plea',
      'ultimatum',
      'resolution',
      'summons',
      'deadline',
      'advice',
      'petition',
      'injunction',
      'verdict',
      'sanction',
      'ceasefire',
      'truce',
      'protest',
      'pressure',
      'objection',
    ],
  ]),
  // Sharing is cooperation only of intelligence, information or means; "shares in the bank rose",
  // "shared the prize" are not.
  [
    'shar',
    [
      'intelligence',
      'information',
      'data',
      'technolog',
      'expertise',
      'evidence',
      'resource',
      'burden',
      'know-how',
    ],
  ],
  // Lifting eases a measure ("lifted the siege", "lift the curfew"); "lifted lending income" eases nothing.
  [
    'lift',
    [
      ...['ban', 'siege', 'curfew', 'blockade', 'sanction', 'restriction', 'embargo', 'emergency', 'martial'],
      ...['suspension', 'freeze', 'moratorium', 'boycott', 'closure', 'veto', 'lockdown', 'immunity', 'cap'],
      ...['limit', 'travel', 'state of'],
    ],
  ],
]);

/**
 * Trigger stems that code nothing when their object (or passive subject) is one of these words or their
 * plurals: what is released is then no person ("released a statement", "steam was released").
 */
export const NOT_OBJECTS: ReadonlyMap<string, readonly string[]> = new Map([
  // "had not received a request for a permit", "received a letter": paperwork, no visit hosted.
  [
    'receiv',
    ['request', 'permit', 'application', 'letter', 'complaint', 'message', 'report', 'payment', 'email'],
  ],
  // "expected to return to profit", "returned to growth": a business result, no withdrawal or return.
  [
    'return',
    ['profit', 'profitability', 'growth', 'normal', 'normality', 'form', 'black', 'surplus', 'trading'],
  ],
  // "crews fought the blaze", "fighting the flames", "battled wildfires": fire fighting, no combat
  // ("fire" itself is left out: "fought under heavy fire" is combat; "fought the fire" is FIRE_FOUGHT).
  ['fought', ['blaze', 'flame', 'wildfire', 'bushfire', 'inferno', 'flood']],
  ['fight', ['blaze', 'flame', 'wildfire', 'bushfire', 'inferno', 'flood']],
  ['battl', ['blaze', 'flame', 'wildfire', 'bushfire', 'inferno', 'flood']],
  // "helped by price increases", "help margins": business tailwinds, no aid.
  [
    'help',
    [
      ...['increase', 'price', 'sale', 'demand', 'growth', 'rate', 'cut', 'weather', 'currency', 'profit'],
      ...['revenue', 'margin', 'market', 'earning', 'share', 'stock', 'export'],
    ],
  ],
  // Banks' lending (income, rates, standards) is business, no aid to a state.
  [
    'lend',
    [
      'income',
      'rate',
      'standard',
      'growth',
      'margin',
      'business',
      'market',
      'volume',
      'practice',
      'criteria',
    ],
  ],
  // Beating forecasts, records or a deadline harms no one.
  [
    'beat',
    [
      ...[
        'forecast',
        'estimate',
        'expectation',
        'record',
        'deadline',
        'odds',
        'market',
        'index',
        'consensus',
      ],
      ...['projection', 'benchmark', 'heat', 'traffic', 'drum', 'competition'],
    ],
  ],
  // Talking or speaking to the media, the press or reporters is a statement, no consultation.
  ['talk', ['media', 'press', 'reporter', 'journalist', 'newsman', 'newsmen', 'correspondent', 'newspaper']],
  ['spok', ['media', 'press', 'reporter', 'journalist', 'newsman', 'newsmen', 'correspondent', 'newspaper']],
  ['speak', ['media', 'press', 'reporter', 'journalist', 'newsman', 'newsmen', 'correspondent', 'newspaper']],
  [
    'releas',
    [
      // Publications and figures.
      ...['statement', 'report', 'result', 'figures', 'data', 'detail', 'list', 'finding', 'study'],
      ...['survey', 'poll', 'forecast', 'estimate', 'budget', 'document', 'record', 'transcript', 'letter'],
      // Media and products.
      ...['video', 'footage', 'image', 'photo', 'picture', 'recording', 'audio', 'album', 'song', 'film'],
      ...['movie', 'book', 'game', 'trailer', 'version', 'update', 'product', 'software', 'app'],
      // Substances and energy.
      ...['gas', 'vapor', 'vapour', 'steam', 'smoke', 'radiation', 'emission', 'chemical', 'heat', 'energy'],
      // Places a patient leaves ("released from hospital").
      'hospital',
      // Water from a dam or reservoir.
      'water',
    ],
  ],
]);

/** How many tokens after the verb (or before a passive one) NOT_OBJECTS looks. */
export const NOT_OBJECT_REACH = 4;

/**
 * One-word triggers that code nothing right after one of these words; each row's comment is its reason.
 */
export const NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "a fire broke out", "the fire had burned 3,400 acres": a blaze; "opened fire", "came under fire"
  // are shootings.
  [
    'fire',
    new Set(['a', 'an', 'the', 'this', 'that', 'deadly', 'huge', 'massive', 'major', 'house', 'forest']),
  ],
  // "died of a heart attack", "a panic attack": an illness, no violence.
  ['attack', new Set(['heart', 'panic', 'asthma', 'anxiety', 'gout'])],
  ['attacks', new Set(['heart', 'panic', 'asthma', 'anxiety', 'gout'])],
  // "crews fought fires across the state", "two fires": blazes; "opened fire" stays a shooting.
  [
    'fires',
    new Set([
      ...['fought', 'fight', 'fights', 'fighting', 'battled', 'battling', 'tackled', 'tackling', 'contained'],
      ...['two', 'three', 'several', 'dozens', 'many', 'the', 'some', 'wild', 'forest', 'house', 'bush'],
    ]),
  ],
  // "bad loans", "non-performing loans", "home loans": a lender's book, no aid.
  [
    'loans',
    new Set([
      'bad',
      'non-performing',
      'nonperforming',
      'soured',
      'problem',
      'toxic',
      'home',
      'student',
      'car',
    ]),
  ],
  ['loan', new Set(['bad', 'non-performing', 'home', 'student', 'car', 'payday'])],
  // "had not received a request for a permit": the request received, no demand made here.
  ['request', new Set(['received', 'receive', 'receives', 'receiving'])],
  ['requests', new Set(['received', 'receive', 'receives', 'receiving'])],
  // "to the end of our street": a noun; "ended the talks", "will end the strike" are acts.
  ['end', new Set(['the'])],
  // "a red flag warning", "a storm warning": forecasters' alerts, no threat.
  [
    'warning',
    new Set([
      ...['flag', 'weather', 'storm', 'flood', 'heat', 'tsunami', 'typhoon', 'hurricane', 'tornado', 'fire'],
      ...['frost', 'wind', 'travel', 'health', 'profit', 'earnings', 'gale', 'snow', 'avalanche'],
    ]),
  ],
  [
    'warnings',
    new Set(['weather', 'storm', 'flood', 'heat', 'tsunami', 'travel', 'health', 'profit', 'gale']),
  ],
  // "a low shot from twenty yards": a football shot; "shot dead", "were shot" are shootings.
  [
    'shot',
    new Set([
      'low',
      'long-range',
      'curling',
      'fierce',
      'powerful',
      'deflected',
      'opening',
      'first-half',
      'tame',
    ]),
  ],
  // "a free shuttle bus", "for free": the adjective, no release.
  ['free', new Set(['a', 'an', 'the', 'for', 'tax', 'duty', 'toll'])],
  // "the coordinates of a power station": a location, no coordination.
  ['coordinates', new Set(['the', 'its', 'their', 'gps'])],
  // "free them without delay", "with no delay": the manner of a demand, no postponement.
  ['delay', new Set(['without', 'no'])],
  // "told a rally", "a campaign rally": a speech's audience, no protest; "a rally against the war" is one.
  ...['rally', 'rallies'].map((w): [string, ReadonlySet<string>] => [
    w,
    new Set(['told', 'tells', 'addressed', 'addressing', 'campaign', 'election', 'electoral', 'victory']),
  ]),
  // A question asked or ignored ("ignored the question") is no interrogation; "questioned", "questioning" are.
  ...['question', 'questions'].map((w): [string, ReadonlySet<string>] => [
    w,
    new Set(['the', 'a', 'an', 'this', 'that', 'any', 'no', 'his', 'her', 'their', 'its', 'our', 'my']),
  ]),
  // A storm after a determiner or a weather word is weather ("before the storm made landfall", "a
  // tropical storm"); "stormed", "storming" and "troops storm the palace" are assaults.
  ...['storm', 'storms'].map((w): [string, ReadonlySet<string>] => [
    w,
    new Set([
      ...['the', 'a', 'an', 'this', 'that', 'its', 'their', 'similar', 'another', 'deadly', 'powerful'],
      ...[
        'tropical',
        'winter',
        'snow',
        'severe',
        'dust',
        'sand',
        'ice',
        'rain',
        'hail',
        'political',
        'media',
      ],
    ]),
  ]),
  // A deadline after a time preposition dates something ("burned the shop before the deadline"), it sets none.
  ['deadline', new Set(['before', 'by', 'after', 'until', 'past', 'missed'])],
]);

/**
 * "stopped short of" declines an act only when one follows: an -ing verb right after it, or a trigger
 * starting within this many words ("stopped short of a full embargo", not "of the finish line").
 */
export const SHORT_OF_REACH = 4;

/** Categories whose act, negated in a plain clause ("has not withdrawn its troops"), is declined: REJECT (CAMEO 124). */
export const DECLINABLE_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['RETREAT', 'CONCEDE']);

/** Time spans given to act ("gave the rebels 48 hours to surrender"): an ultimatum (CAMEO 139). */
export const ULTIMATUM_SPANS: ReadonlySet<string> = new Set([
  'hours',
  'days',
  'weeks',
  'months',
  'hour',
  'day',
  'week',
  'month',
  'deadline',
]);

/** First words of a rejection that follows the action it refuses ("X-ing Y is out of the question"). */
export const POSTPOSED_REJECTIONS: ReadonlySet<string> = new Set(['out']);

/** Forms of give: a light verb that may take an indirect object first ("gave Sylvania an ultimatum"). */
export const GIVE_VERBS: ReadonlySet<string> = new Set(['give', 'gives', 'gave', 'giving', 'given']);

/** How many words may stand between give and the thing given ("gave the visiting foreign minister a blunt warning"). */
export const GIVE_REACH = 8;

/** Verbs that stop the action they govern: a promise to stop a conflictual act is no threat. */
export const STOP_VERBS: ReadonlySet<string> = new Set([
  'end',
  'stop',
  'halt',
  'cease',
  'suspend',
  'abandon',
  'renounce',
  'call',
]);

/** Objects whose stopping is itself conflictual ("suspend aid", "end talks"). */
export const COOPERATIVE_OBJECTS: ReadonlySet<string> = new Set([
  'aid',
  'assistance',
  'talks',
  'negotiations',
  'dialogue',
  'cooperation',
  'relations',
  'ties',
  'support',
  'funding',
  'trade',
]);

/** Words of a sum between an action and its object ("a 100 million dollar loan"). */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'million',
  'billion',
  'dollar',
  'dollars',
  'euro',
  'euros',
  'pound',
  'pounds',
  'yen',
  'us',
  'worth',
  'of',
  'in',
]);

/** Relative pronouns: a trigger right after one is in a relative clause, background to the main verb. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom']);

/** Auxiliaries and adverbs between a relative pronoun and its verb ("which had reportedly killed"). */
export const RELATIVE_FILLERS: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'reportedly',
  'allegedly',
  'also',
  'later',
]);

/** Lower-case modifiers such an opening noun phrase may carry ("the deadly car bombing"). */
export const SUBJECT_MODIFIERS: ReadonlySet<string> = new Set([
  'new',
  'civil',
  'military',
  'recent',
  'latest',
  'major',
  'deadly',
  'bloody',
  'suicide',
  'car',
  'air',
  'overnight',
  'weekend',
  'alleged',
  'brutal',
  'massive',
  'surprise',
  'first',
  'second',
]);

export const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  "'s",
  'this',
  'last',
]);

/** The most events one sentence may yield (a dictionary coder's "one sentence, 51 events" failure). */
export const MAX_EVENTS_PER_SENTENCE = 3;

/** How many tokens a governing trigger reaches forward to absorb the action it governs. */
export const GOVERN_REACH = 8;

/** Quantity units counted as an event's quantities besides casualty roles ("three raids", "40 missiles"). */
export const COUNTED_UNITS: ReadonlySet<string> = new Set([
  'raids',
  'raid',
  'missiles',
  'missile',
  'rockets',
  'rocket',
  'airstrikes',
  'strikes',
  'bombs',
  'shells',
  'attacks',
  'protesters',
  'demonstrators',
  'troops',
  'soldiers',
]);

/** Casualty words after a number, for texts without the quantities layer ("12 killed", "3 people were arrested"). */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  killed: 'killed',
  dead: 'dead',
  died: 'dead',
  wounded: 'wounded',
  injured: 'injured',
  hurt: 'injured',
  arrested: 'arrested',
  detained: 'detained',
  missing: 'missing',
  abducted: 'kidnapped',
  kidnapped: 'kidnapped',
};

/** What a source asks when it asks for anonymity ("asked not to be named", "requested anonymity"). */
export const ANONYMITY: readonly (readonly string[])[] = [
  ['not', 'to', 'be', 'named'],
  ['not', 'to', 'be', 'identified'],
  ['not', 'to', 'be', 'quoted'],
  ['anonymity'],
  // (After "declined to", "refused to": "declined to be named".)
  ['be', 'named'],
  ['be', 'identified'],
];

/**
 * After "declined to", "refused to": a refusal to comment or to give details, a statement (CAMEO 011,
 * "decline comment", which PLOVER leaves out), not the rejection of a demand.
 */
export const NO_COMMENT: readonly (readonly string[])[] = [
  ['comment'],
  ['elaborate'],
  ['specify'],
  ['say'],
  ['speculate'],
  ['confirm'],
  ['identify'],
  ['give', 'details'],
  ['give', 'further', 'details'],
  ['answer', 'questions'],
  ['be', 'interviewed'],
];

/**
 * One-word triggers that code nothing right before one of these words, the noun then modifying another
 * ("the fire service", "no sign of sabotage"); each row's comment is its reason.
 */
export const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "the regional fire service", "fire crews", "a fire alarm": fire fighting and safety, no shooting.
  [
    'fire',
    new Set([
      ...['service', 'services', 'brigade', 'brigades', 'department', 'departments', 'fighter', 'fighters'],
      ...['crew', 'crews', 'chief', 'chiefs', 'station', 'stations', 'engine', 'engines', 'truck', 'trucks'],
      ...['alarm', 'alarms', 'safety', 'officials', 'officers', 'exit', 'exits', 'hazard', 'risk', 'code'],
      ...['hydrant', 'escape', 'damage', 'season', 'ban', 'danger', 'investigators', 'marshal'],
    ]),
  ],
  // "a gas supply deal", "supply chains": what is supplied under contract, no aid given.
  [
    'supply',
    new Set(['deal', 'deals', 'contract', 'contracts', 'chain', 'chains', 'line', 'lines', 'route']),
  ],
  // "a detention center", "detention facilities": a place, no arrest.
  [
    'detention',
    new Set(['center', 'centre', 'centers', 'centres', 'facility', 'facilities', 'camp', 'camps']),
  ],
  // "fault lines": a divide, no accusation.
  ['fault', new Set(['line', 'lines'])],
  // "no sign of sabotage", "a sign of progress": evidence, not signing ("sign that treaty" is signing).
  ['sign', new Set(['of'])],
  ['signs', new Set(['of', 'that'])],
]);

/** How far back "and wounding" looks for the participle it continues (", killing 14 soldiers and …"). */
export const COORDINATED_REACH = 8;

/** How far after a comma a reporting verb closes the clause (", the foreign ministry in Tokyo said"). */
export const REPORTING_CLAUSE_REACH = 8;

/** Words of possibility that make a trailing warning a forecast ("The toll could rise, officials warned"). */
export const FORECAST_MODALS: ReadonlySet<string> = new Set([
  ...['could', 'may', 'might', 'likely', 'unlikely', 'possibly', 'probably', 'risk', 'expected'],
]);
/** How many words may stand between the comma and a trailing "warned" ("…, a senior army officer warned"). */
export const TRAILING_WARNER_MAX = 6;
/** Words that lead a time phrase after a trailing reporting verb ("warned on Tuesday", "late Monday"). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'late', 'early']);
/** Tokens that end a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Aircraft stems that are armed whoever flies them ("warplanes", "bombers", "artillery"). */
export const ARMED_AIRCRAFT: readonly string[] = ['warplane', 'bomber', 'artiller', 'gunship'];
/** Words before an aircraft that make it a military one ("fighter jets", "coalition drones"). */
export const MILITARY_MARKERS: ReadonlySet<string> = new Set([
  ...['military', 'fighter', 'enemy', 'coalition', 'army', 'navy', 'government', 'regime', 'rebel'],
  ...['combat', 'attack', 'armed', 'allied', 'nato'],
]);
/** Entity types of a side in a conflict, whose jets and drones strike ("Israeli jets"; an airline is no side). */
export const SIDE_TYPES: ReadonlySet<string> = new Set(['NORP', 'GPE']);
/** Words of labour that keep "strike(s)" a walkout ("rail strikes", "the union said"). */
export const LABOUR_WORDS: ReadonlySet<string> = new Set([
  ...['workers', 'union', 'unions', 'staff', 'employees', 'pay', 'wage', 'wages', 'pension', 'pensions'],
  ...['dockers', 'teachers', 'nurses', 'doctors', 'drivers', 'miners', 'walkout', 'general', 'hunger'],
  ...['rail', 'transport', 'controllers', 'strikers', 'pilots', 'airline', 'factory', 'postal'],
  ...['employers', 'bosses', 'management', 'picket', 'pickets', 'industrial', 'labour', 'labor'],
  ...['worker', 'miner', 'crews', 'firefighters', 'colleague', 'colleagues', 'bus', 'train', 'school'],
]);
/** How many sentences after an air attack bare "strikes" still read as more of it. */
export const AIR_WAR_SENTENCES = 3;

/** A state's forces named without a side: what a named reporter says they did is its own report, no accusation. */
export const OWN_FORCES: ReadonlySet<string> = new Set([
  ...['police', 'the police', 'troops', 'soldiers', 'the army', 'army', 'security forces', 'the military'],
  ...['officers', 'police officers', 'authorities', 'the authorities', 'border guards', 'investigators'],
]);
/** Words of a state's security organs: what one reports of its own forces is no accusation ("the interior
 * ministry"; a health ministry reporting soldiers' killings still accuses). */
export const STATE_ORGAN_WORDS: ReadonlySet<string> = new Set([
  ...['government', 'army', 'police', 'military', 'defence', 'defense', 'interior', 'security', 'cabinet'],
  ...['presidency', 'kremlin', 'pentagon', 'authorities', 'forces', 'command', 'prosecutor', 'home'],
]);

/** Intransitive casualty verbs and participles: their subject suffered the act after them. */
export const SUFFERED: ReadonlySet<string> = new Set(['died', 'die', 'dies', 'perished']);
/** Casualty participles that, after "be", make their subject the one who suffered ("were killed"). */
export const SUFFERED_PASSIVE: ReadonlySet<string> = new Set([
  'killed',
  'wounded',
  'injured',
  'hurt',
  'maimed',
]);

/** Who carries an attack out: dying in it does not make them its victim ("the gunman died in the attack"). */
export const PERPETRATOR_NOUNS: ReadonlySet<string> = new Set([
  ...['gunman', 'gunmen', 'bomber', 'bombers', 'attacker', 'attackers', 'assailant', 'assailants'],
  ...['shooter', 'shooters', 'hijacker', 'hijackers'],
]);
/** Determiners and small numbers before the fires fought ("fought the fire", "fighting two fires"). */
export const FIRES_COUNTED_BEFORE: ReadonlySet<string> = new Set([
  ...['the', 'a', 'two', 'three', 'several', 'many', 'dozens'],
]);
/** Verbs of fighting before "the fire" / "a fire": fire fighting ("crews fought the fire"), no combat. */
export const FIRE_FIGHTING_VERBS: readonly string[] = ['fought', 'fight', 'battl', 'tackl', 'contain'];

/** Prepositions before a noun of the verb's own category that tell how it was done ("in raids", "during a sweep"). */
export const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during']);
/** How many tokens may stand between such a verb and its "in raids" noun. */
export const MANNER_REACH = 6;

/** How many tokens a place phrase between a verb and a participle may hold ("marched to the parliament"). */
export const PLACE_PHRASE_MAX = 5;

/** People a participle after them may describe ("fired at protesters demanding elections"); the people among SECTOR_NOUNS, institutions left out. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...['people', 'protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'students', 'workers'],
  ...['farmers', 'residents', 'civilians', 'villagers', 'supporters', 'activists', 'refugees', 'migrants'],
  ...['fans', 'youths', 'men', 'women', 'employees', 'doctors', 'nurses', 'teachers', 'miners', 'prisoners'],
  ...['rebels', 'fighters', 'militants', 'soldiers', 'troops', 'police', 'officers', 'strikers', 'mourners'],
]);

/** Prepositions that open the place phrase of a verb of movement or gathering ("to", "outside", "through"). */
export const PLACE_PHRASE_OPENERS: ReadonlySet<string> = new Set(
  'to towards toward into outside at in near through across past around'.split(' '),
);
/** How many tokens may stand between two casualty verbs of one attack ("killed 37 people and wounded"). */
export const CASUALTY_PAIR_REACH = 6;
/** Words before "sign that" that make "sign" a noun ("any sign that", "a clear sign that"), not "will sign that treaty". */
export const SIGN_NOUN_BEFORE: ReadonlySet<string> = new Set([
  ...['a', 'any', 'no', 'the', 'every', 'clear', 'first', 'strong', 'further', 'another', 'latest'],
]);
/** How many tokens may stand between a verb and "for" + the noun of its purpose ("visit Moscow on June 26 for talks"). */
export const PURPOSE_REACH = 8;
/** Determiners between "died in" and "strikes" ("died in the strikes", "killed in a strike"). */
export const STRIKE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'those',
  'these',
  'two',
  'three',
]);
/** Prepositions between a casualty word and "strikes" ("died in", "killed by", "wounded during"). */
export const CASUALTY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'during', 'from']);
/** How many words before an aircraft a side or an army word may stand ("Israeli F-16 jets"). */
export const SIDE_REACH = 2;
/** Aircraft a side's name alone makes armed ("Israeli jets", "Russian drones"; not helicopters). */
export const SIDE_ARMED: readonly string[] = ['jet', 'drone'];
/** Words that make a reported warning a threat ("any attack could be met with force, the army warned"). */
export const THREAT_WORDS: ReadonlySet<string> = new Set([
  ...['retaliate', 'retaliation', 'respond', 'response', 'force', 'attack', 'war', 'sanctions', 'punish'],
  ...[
    'punishment',
    'consequences',
    'measures',
    'action',
    'tolerate',
    'hesitate',
    'expel',
    'crush',
    'revenge',
  ],
]);
