import type { FrameLexicon } from './types';

/**
 * Model, product and vendor names act as AI in every language ("(GPT-5)", "Claude Sonnet 5",
 * "Gemini 2.5 Flash"). Acronyms are matched case-sensitively elsewhere (frames/compile.ts), since
 * "ai" and "ia" are ordinary words in Italian and Portuguese.
 */
export const MODEL_NAMES =
  // Misspellings readers and columnists use ("ChatGTP", "Chat GPT") name the same model.
  'Chat[- ]?G(?:PT|TP)|GPT-?\\d(?:\\.\\d)?\\w*|OpenAI|Anthropic|Gemini|Bard|Copilot|Llama[- ]?\\d*|Mistral(?:[- ]\\w+)?|Mixtral|Midjourney|DALL[-·]?E\\s*\\d?|Stable Diffusion|Perplexity|DeepSeek|Qwen[-\\d.]*\\w*|Grok|Codex|Bing Image Creator|NotebookLM|Ernie Bot|文心一言|通义千问|ChatGLM|HyperCLOVA|챗GPT|제미나이|클로드';

/** Automated-journalism vendors and bots: a signature is a disclosure of automated text. */
export const VENDORS =
  'Automated Insights|United Robots|Syllabs|Quakebot|Dreamwriter|Lede ?AI';

const EN: FrameLexicon = {
  actor:
    'artificial[- ]intelligence|(?:large )?language models?|generative (?:AI|artificial)|machine learning|deep[- ]learning|neural (?:networks?|models?)|chatbots?|AI[- ]?(?:tools?|assistants?|systems?|models?|agents?|software|technology)|robots?\\b|text[- ]generat(?:or|ion)s?|generative (?:software|tools?|models?|systems?)|(?:AI|automated) writ(?:ing|ers?) (?:tools?|assistants?|software)',
  gen: 'generated|generates|generation|written|wrote|writes|created|creates|produced|produces|composed|authored|drafted|drafts|made|built|prepared|prepares|crafted|put together|brought to life|researched|compiled|compiles|assembled|illustrated|rendered',
  assist:
    'assisted|assistance|assisting|edit(?:ed|ing|s)?|proofread\\w*|polish\\w*|refined|revised|rewritten|reworked|restructured|structured|transcri\\w+|co-?written|co-?authored|supported|aided|enhanced|improved|helped|helps|help|curated|checked|formatted|organi[sz]ed|outlined|reviewed|modified|altered|adjusted|retouched|shortened|condensed|simplified|rephrased|paraphrased|tightened|trimmed|copy-?edited|fact-?checked|streamlined',
  use: 'used|using|utili[sz]ed|utili[sz]ing|employed|leveraged|relied on|with the use of',
  translate: 'translat\\w+|localized',
  summary: 'summar\\w+|digest|key (?:points|facts)|main points|bullet points|takeaways|highlights|recap|overview|tl;?dr|synopsis|at a glance|in brief|the gist',
  help: 'with the (?:help|aid|assistance|support) of|with (?:some )?(?:help|assistance|support) from|(?:help|assistance) of|assisted by|helped by|partly|partially|in part|parts of|portions of|some sections|in (?:collaboration|partnership) with|together with|co-?authors?|co-?written|jointly with',
  machine: 'machine[- ]translat\\w+|(?:automatically|auto-?)[- ]?translated|automatic translation|automated translation|translated (?:\\w+ ){0,3}?automatically|translated by (?:a )?machine|Google Translate|DeepL',
  auto: '(?:automatically|auto)[- ](?:generated|written|created|produced|compiled|updated)|(?:generated|written|created|produced|compiled) automatically|(?:generated|written|produced|created|compiled) (?:from|using|based on|with) (?:\\w+ ){0,3}(?:data|feeds?|statistics|results|templates?|API)\\b|(?:generated|written|produced) by (?:an? )?(?:algorithm|computer program|software|script|bot)\\b',
  scope: '\\b(?:this|these|the present|the following|our|my)\\s+(?:[\\w-]+\\s+){0,2}?(?:articles?|stor(?:y|ies)|posts?|pieces?|pages?|texts?|content|summar(?:y|ies)|reports?|columns?|newsletters?|items?|translations?|versions?|editions?|briefings?|recaps?|analys[ie]s|explainers?|digests?|documentation|documents?|folders?|director(?:y|ies)|answers?|responses?|replies|overviews?|descriptions?|blogs?|site|website|podcasts?|episodes?|videos?|images?|illustrations?|photos?|pictures?|artworks?|reviews?|guides?|entr(?:y|ies)|transcripts?|books?|albums?|chapters?|sections?|issues?|papers?|threads?|notes?|lessons?|courses?|catalogue)\\b|\\bthis (?:is|was) (?:an?|the)\\b|\\b(?:everything|all (?:of )?(?:the |our )?(?:content|articles|texts?|stories|posts|pages|answers)) (?:on|at|in|of|here)\\b|\\bI (?:use|used|have used|wrote|write|created|generated|asked|drafted)\\b|\\b(?:is|as) (?:the|our|a) (?:byline|pen[- ]name|pseudonym)\\b|\\b[\\w-]+\\s+(?:above|below)\\b|\\b(?:this|these|our|my)\\s+(?:[\\w-]+\\s+){0,2}?(?:projects?|README|repositor(?:y|ies)|codebase)\\b',
  subject: '(?:this|these|the present|the following|our|my)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:is|are|was|were|has been|have been)\\b|(?:the\\s+)?[\\p{L}-]+s(?:\\s+(?:and|&)\\s+[\\p{L}-]+s)?\\s+are\\s+(?:\\w+ly\\s+)?(?=\\w+ed\\b)',
  genBase: 'write|generate|create|produce|draft|compose',
  request: 'asked|told|instructed|prompted|tasked|commissioned|let|had|got|interviewed|challenged|requested|chatted with|talked (?:to|with)|spoke (?:to|with)|consulted|queried|quizzed',
  firstPerson: "\\b(?:I|I['’]ve|I['’]m|we|we['’]ve|my|our|me)\\b|\\bhelps? us\\b",
  reporting:
    '\\b(?:helps you|lets you|allows you|enables you|we|publish(?:ed|es|ing)|launched|began|begins|started|starts|announced|unveiled|introduced|tested|experimented|ran|runs|found|discovered|caught|accused|admitted|revealed|reported|says|said|claims?|plans?)\\b',
};

const DE: FrameLexicon = {
  actor:
    'künstliche[rnms]? Intelligenz|(?:KI-|AI-)?Sprachmodell\\w*|generative[rnms]? (?:KI|AI|Software|Werkzeug\\w*|Tools?|Modell\\w*)|maschinelle[rnms]? Lernen\\w*|Deep[- ]Learning|neuronale[rnms]? Netz\\w*|Chat-?[Bb]ot\\w*|Textgenerator\\w*|(?:Text|Schreib)-?[Rr]oboter\\w*',
  gen: 'generiert\\w*|erstellt\\w*|geschrieben\\w*|verfasst\\w*|erzeugt\\w*|produziert\\w*|zusammengestellt|formuliert|geschaffen|entworfen|gestaltet|recherchier\\w*|schreib\\w*|schrieb|generierung|hergestellt|erschaffen|gemalt|aufbereitet|erarbeitet|vorbereitet|entstand\\w*|entsteh\\w*|herausgezogen|herausgearbeitet|extrahiert|zusammengetragen',
  assist:
    'unterstützt\\w*|gestützt\\w*|bearbeitet|überarbeitet|optimiert|redigiert|lektoriert|korrigiert|verbessert|überprüft|assistiert\\w*|Unterstützung|Hilfe|transkribiert|strukturiert|modifiziert|verändert|angepasst|gekürzt|gegengelesen|geglättet|umgeschrieben|umformuliert|vereinfacht|ergänzt|modifiziert|geändert|nachbearbeitet|Korrektur\\w*|Lektorat',
  use: 'verwendet|eingesetzt|genutzt|benutzt|zum Einsatz|Einsatz von|unter Verwendung|nutze|verwende|benutze',
  translate: 'übersetz\\w*|Übersetzung\\w*',
  summary: 'zusammengefasst|zusammenfass\\w*|Zusammenfassung\\w*|Kernpunkte|Kernaussage\\w*|Hauptpunkt\\w*|Stichpunkt\\w*|Stichwort\\w*|Kurzfassung\\w*|Das Wichtigste|auf einen Blick|in Kürze|Überblick',
  help: 'mit Hilfe|mithilfe|mit Unterstützung|unter Zuhilfenahme|unterstützt|gestützt|teilweise|zum Teil|Teile|in Zusammenarbeit mit|zusammen mit|gemeinsam mit|[CK]o-?[Aa]utor\\w*',
  machine: 'maschinell\\w* (?:[\\w-]+ ){0,4}?übersetz\\w*|maschinelle Übersetzung\\w*|automatisch\\w* (?:[\\w-]+ ){0,4}?übersetz\\w*|automatische Übersetzung\\w*|automatisiert übersetz\\w*|Google Translate|DeepL',
  auto: 'automatisch\\w* (?:\\w+ ){0,2}?(?:generiert|erstellt|erzeugt|geschrieben|verfasst)\\w*|(?:generiert|erstellt|erzeugt|geschrieben) (?:aus|auf Basis|anhand|auf Grundlage) (?:\\w+ ){0,3}?\\w*(?:daten|Daten|Datenbank\\w*|Statistik\\w*|Ergebnisse\\w*)|automati(?:sch|siert)\\w* (?:[\\w-]+ ){0,8}?(?:generiert|erstellt|erzeugt|geschrieben|verfasst)\\w*|(?:generiert|erstellt|erzeugt|geschrieben|verfasst)\\w* (?:von|durch) (?:einem |einen |ein )?(?:Algorithmus|Computerprogramm|Skript)|(?:von|durch) (?:einem |einen |ein )?(?:Algorithmus|Computerprogramm|Skript) (?:\\w+ ){0,2}?(?:generiert|erstellt|erzeugt|geschrieben|verfasst)\\w*',
  scope: '\\b(?:dies(?:e[rnms]?)?|vorliegende[rnms]?|unsere[rnms]?|meine[rnms]?|folgende[rnms]?|obige[rnms]?)\\s+(?:\\w+\\s+)?(?:Artikel\\w*|Text\\w*|Beitr\\w*|Meldung\\w*|Bericht\\w*|Inhalt\\w*|Nachricht\\w*|Zusammenfassung\\w*|Übersetzung\\w*|Seite\\w*|Newsletter|Kommentar\\w*|Kolumne\\w*|Fassung|Version|Dokument\\w*|Ordner\\w*|Verzeichnis\\w*|Antwort\\w*|Bild\\w*|Foto\\w*|Grafik\\w*|Illustration\\w*|Video\\w*|Podcast\\w*|Analyse\\w*|Überblick|Website|Webseite|Blog\\w*|Eintr\\w*|Erklärung\\w*|Anleitung\\w*|Dokumentation\\w*|Beschreibung\\w*|Instruktion\\w*)|\\b(?:alle|sämtliche) (?:Inhalte|Artikel|Texte|Beiträge) (?:auf|dieser|unserer)\\b|\\bich (?:nutze|habe|verwende|schreibe)\\b|\\bist (?:das|unser|ein) (?:Pseudonym|Autorenkürzel|Kürzel)\\b|\\b(?:obige[rnms]?|untenstehende[rnms]?|nachstehende[rnms]?)\\b|\\b(?:dies(?:e[rnms]?)?|vorliegende[rnms]?|unsere[rnms]?|meine[rnms]?|folgende[rnms]?|obige[rnms]?)\\s+(?:\\w+\\s+)?(?:Geschichte\\w*|Story|Folge|Episode|Ausgabe|Rezension\\w*|Interview\\w*|Porträt\\w*|Glosse|Ticker|Liveblog|Erklärstück|(?!Kontext)\\p{L}+(?:bericht|meldung|artikel|beitrag|text|zusammenfassung)\\w*)\\b|^\\W*Über uns\\b|\\b(?:dies(?:e[rnms]?)?|unsere[rnms]?|meine[rnms]?)\\s+(?:\\w+\\s+)?(?:Projekt\\w*|README|Repository|Code)\\b',
  subject: '(?:dies(?:e[rnms]?)?|vorliegende[rnms]?|unsere[rnms]?|meine[rnms]?|folgende[rnms]?)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:wurden?|ist|sind|wird|werden)\\b|(?:der|die|das|alle)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:wird|werden|sind)\\b|(?:der|die|das)\\s+(?:[\\p{L}-]+\\s+)?\\p{L}*(?:Text|Artikel|Beitrag|Meldung|Bericht|Zusammenfassung|Übersetzung|Inhalt|Fassung|Version|Bild|Grafik|Illustration|Foto)\\w*\\s+(?:wurde|ist|war)\\b',
  genBase: 'erstellen|generieren|erzeugen|verfassen|formulieren',
  request: 'bat|baten|gebeten|fragte|fragten|gefragt|befragt\\w*|befragte\\w*|beauftragt\\w*|beauftragte\\w*|wies|angewiesen|ließ|ließen|gelassen|interviewt\\w*|aufgefordert|forderte',
  firstPerson: '\\b(?:ich|mein\\w*|unser\\w*|mir|mich)\\b',
  reporting: '\\b(?:wir|kennzeichnen|veröffentlicht\\w*|startete|begann|beginnt|testet\\w*|kündigte|stellte|entdeckt\\w*|räumte|gab zu|berichtet\\w*|sagte|erklärte)\\b|\\b(?:hilft (?:dir|Ihnen)|lässt (?:dich|Sie)|ermöglicht|bietet)\\b',
};

const FR: FrameLexicon = {
  actor: "intelligences? artificielles?|mod[eè]les? de langage|IA générative|apprentissage automatique|réseaux? de neurones|chatbots?|agents? (?:conversationnel|IA)|apprentissage (?:automatique|profond)|deep[- ]learning|robots? conversationnels?|assistants? (?:IA|virtuels?|conversationnels?|d['’]écriture)|générateurs? de (?:textes?|contenus?|langage)|(?:logiciels?|outils?|systèmes?) de génération (?:automatique )?(?:de |du )?(?:textes?|langage|contenus?)(?: naturel)?",
  gen: 'génér\\w*|rédig\\w*|écrit\\w*|cré[ée]\\w*|produit\\w*|conçu\\w*|compos[ée]\\w*|réalis[ée]\\w*|élabor[ée]\\w*|fabriqu[ée]\\w*|prépar[ée]\\w*|propuls[ée]\\w*|écriv\\w+|rédige\\w*|génère\\w*|produis\\w*|écrit',
  assist: 'assist[ée]\\w*|aid[ée]\\w*|relu\\w*|corrig[ée]\\w*|révis[ée]\\w*|édit[ée]\\w*|amélior[ée]\\w*|reformul[ée]\\w*|retravaill[ée]\\w*|enrichi\\w*|vérifi[ée]\\w*|accompagn[ée]\\w*|soutien|aide|modifi[ée]\\w*|retouch[ée]\\w*|peaufin\\w*|adapt[ée]\\w*|structur[ée]\\w*|mis en forme|remani[ée]\\w*|condens[ée]\\w*|simplifi[ée]\\w*|ajust[ée]\\w*',
  use: 'utilis[ée]\\w*|employ[ée]\\w*|recours à|eu recours|l[\\u0027’]utilisation',
  translate: 'tradu\\w+',
  summary: 'résum[ée]\\w*|synthèse|points clés|l\'essentiel|en bref|à retenir|ce qu[\'’]il faut retenir|en résumé|récapitulatif|les grandes lignes|faits saillants|temps forts',
  help: "à l['’]aide|avec l['’]aide|avec le soutien|avec l['’]assistance|assist[ée]e? par|en partie|partiellement|aid[ée]e? par|parties de|une partie de|en collaboration avec|co-?écrit\\w*|co-?auteur\\w*|co-?rédig\\w*",
  machine: "traduction automati(?:que|sée)|(?:générée?s?|tradu\\w*) (?:avec l'aide d'une machine|par (?:des )?outils automatisés)|tradu\\w* automatiquement|automatiquement tradu\\w*|traduit par (?:une )?machine|Google Traduction|Google Translate|DeepL",
  auto: 'génér\\w* automatiquement|automatiquement génér\\w*|rédig\\w* automatiquement|(?:génér|produit|rédig)\\w* (?:à partir|sur la base) (?:de |des |du |d[\'’])(?:\\w+ ){0,3}?(?:données|statistiques|résultats)|(?:génér|rédig|produi|écri|cré|réalis|élabor|compos|établi|prépar|mis)\\w* (?:de (?:manière|façon) automati(?:que|sée)|par (?:un |des )?(?:algorithmes?|programmes? informatiques?|logiciels?|robots?|scripts?))|(?:génér|rédig|produi|écri|cré|réalis|élabor|établi|compil|mis)\\w* (?:automatiquement )?(?:à partir|sur la base|en fonction|au moyen) (?:de |des |du |d[\'’])(?:[\\p{L}\\d-]+ ){0,3}?(?:données|statistiques|résultats|chiffres|relevés|cotations|dépêches)|(?:génération|rédaction|production) automatique',
  scope: "\\b(?:ce|cet|cette|ces|le présent|la présente|notre|nos|mon|ma|mes)\\s+(?:\\w+\\s+)?(?:articles?|textes?|contenus?|pages?|résumés?|synthèses?|traductions?|versions?|billets?|posts?|chroniques?|newsletters?|dépêches?|documents?|dossiers?|répertoires?|documentation|réponses?|images?|photos?|illustrations?|vidéos?|podcasts?|site|blog|rapports?|analyses?|fiches?|sections?|notes?)\\b|\\b(?:tous? les|toutes les|l['’]ensemble des) (?:contenus?|articles?|textes?) (?:de|du|sur) (?:ce|notre)\\b|\\best (?:le|notre|un) pseudonyme\\b|\\bci-(?:dessus|dessous)\\b|\\b(?:ce|cet|cette|ces|le présent|la présente|notre|nos|mon|ma|mes)\\s+(?:\\w+\\s+)?(?:communiqués?|fiches?|notices?|tribunes?|édito(?:rial|riaux)?s?|reportages?|enquêtes?|entretiens?|interviews?|portraits?|critiques?|bulletins?|lettres?|messages?|publications?|contributions?|rubriques?|dossiers?|guides?|tutoriels?|récits?|descriptions?|épisodes?|émissions?|infographies?|visuels?|comptes? rendus?|chapitres?|paragraphes?|légendes?|portail|informations?|site (?:web|internet))\\b|\\b(?:pseudonyme|nom de plume|auteur(?:e|rice)?s? (?:fictif|fictive|virtuel|virtuelle)s?|(?:journaliste|rédact(?:eur|rice)|chroniqueu(?:r|se))s? (?:virtuel|virtuelle|artificiel|artificielle)s?)\\b|\\best (?:la|notre) signature\\b",
  subject: '(?:ce|cet|cette|ces|notre|nos|mon|ma|mes)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:a été|ont été|est|sont)\\b|(?:les|toutes? les)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:sont)\\b|(?:le|la|l[\'’])\\s*(?:[\\p{L}\\d’-]+,?\\s+){0,5}?est\\s+(?=(?:\\p{L}+ment\\s+)?\\p{L}+(?:é|ée|és|ées|it|ite|its|ites)(?![\\p{L}]))|(?:tous les|le présent|la présente)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:a été|ont été|est|sont)\\b|(?:texte|article|contenu|billet|dépêche|résumé|synthèse|traduction|version|image|illustration|photo|visuel|vidéo|fiche|note|chronique|communiqué|page|podcast|newsletter|réponse|information|bulletin)s?\\s+(?=(?:\\p{L}+ment\\s+)?\\p{L}+(?:é|ée|és|ées|it|ite|its|ites|u|ue|us|ues)(?![\\p{L}]))',
  genBase: 'écrire|produire|composer|faire',
  request: 'demandé|demandons|interrogé|interrogée|interrogeons|questionné|interviewé|confié|chargé|commandé|consulté|laissé|demander|interroger|questionner|consulter',
  // "J’" always runs into its verb ("J’ai demandé…"); the other words stand alone.
  firstPerson: "\\b(?:je|nous|mes|mon|ma|nos|notre|moi)(?![\\p{L}])|\\bj['’](?=\\p{L})",
  reporting: '\\b(?:a publié|publie|lancé|commencé|annoncé|dévoilé|testé|révélé|reconnu|accusé|découvert|selon|affirme|a déclaré)\\b|\\b(?:propose|proposent|offrent|recrut\\w*|embauch\\w*|offre d[\'’]emploi|ont publié|publient|publiait|ont lancé|lancent|utilisent|a confié|avait confié|atelier|séminaire|conférence|webinaire|colloque|table ronde|masterclass|sondage|étude)\\b',
};

const ES: FrameLexicon = {
  actor: 'inteligencias? artificial(?:es)?|modelos? de lenguaje|IA generativa|aprendizaje automático|redes? neuronal(?:es)?|chatbots?|asistentes? de IA|herramientas? de IA|aprendizaje (?:automático|profundo)|deep[- ]learning|asistentes? (?:conversacional(?:es)?|virtual(?:es)?|de escritura)|generador(?:es)? de (?:textos?|lenguaje|contenidos?)|(?:programas?|software|sistemas?|herramientas?)(?: informáticos?)? de generación de (?:lenguaje|textos?)(?: natural)?|robots? conversacional(?:es)?|agentes? conversacional(?:es)?',
  gen: 'generad[oa]s?|gener\\w+|escrit[oa]s?|redactad[oa]s?|cread[oa]s?|producid[oa]s?|elaborad[oa]s?|compuest[oa]s?|realizad[oa]s?|hech[oa]s?|diseñad[oa]s?|ensamblad[oa]s?|armad[oa]s?|preparad[oa]s?|escribe|escriben|escribió|escribieron|redacta|redactan|redactó|redactaron|elabora|elaboran|elaboró|produce|producen|produjo|crea|crean|creó|crearon|generó|generaron',
  assist: 'asistid[oa]s?|asistencia|ayuda|apoyo|editad[oa]s?|corregid[oa]s?|revisad[oa]s?|mejorad[oa]s?|reescrit[oa]s?|optimizad[oa]s?|transcrit[oa]s?|modificad[oa]s?|retocad[oa]s?|apoyad[oa]s?|supervisad[oa]s?|pulid[oa]s?|ajustad[oa]s?|adaptad[oa]s?|reformulad[oa]s?|ortografía|perfeccionad[oa]s?|estructurad[oa]s?|simplificad[oa]s?|condensad[oa]s?',
  use: 'utiliz[óa]\\w*|utilizad[oa]s?|usad[oa]s?|us[óo]|emple[óa]\\w*|empleado|con el uso|el uso de',
  translate: 'traduc\\w+',
  summary: 'resumen\\w*|resumid[oa]s?|puntos clave|lo esencial|síntesis|claves|lo más destacado|en breve|en resumen|aspectos clave|ideas clave|lo que (?:hay que|debes) saber',
  help: 'con (?:la )?ayuda|con (?:el )?apoyo|con (?:la )?asistencia|asistid[oa]s? por|apoyad[oa]s? por|en parte|parcialmente|partes? de|en colaboración con|en conjunto con|junto (?:a|con)|coautor\\w*',
  machine: 'traducción automática|traducid[oa]s? automáticamente|automáticamente traducid[oa]s?|traducid[oa]s? de (?:forma|manera) automática|Google Translate|Traductor de Google|DeepL',
  auto: '(?:generad|cread|escrit|producid|redactad)[oa]s? automáticamente|automáticamente (?:generad|cread|escrit)[oa]s?|(?:generad|cread|producid)[oa]s? (?:a partir|con base|en base) (?:de |a )(?:\\w+ ){0,3}?(?:datos|estadísticas|resultados)|generad[oa]s? desde el código|(?:generad|cread|escrit|producid|redactad|elaborad|hech|realizad|compuest|actualizad)[oa]s? (?:de (?:forma|manera|modo) automátic[oa]|en automático|por (?:un |una )?(?:algoritmos?|programas? informáticos?|software|robots?|scripts?))|(?:generad|cread|escrit|producid|redactad|elaborad|hech|realizad|actualizad)[oa]s? (?:automáticamente )?(?:a partir|con base|en base|sobre la base|según) (?:de |a |en )?(?:[\\p{L}\\d-]+ ){0,3}?(?:datos|estadísticas|resultados|cifras|registros|cotizaciones)|(?:generación|redacción|creación|producción) automática',
  scope: '\\b(?:este|esta|estos|estas|el presente|la presente|nuestr[oa]s?|mis?)\\s+(?:\\w+\\s+)?(?:artículos?|textos?|contenidos?|páginas?|resumen|resúmenes|traducci(?:ón|ones)|versi(?:ón|ones)|notas?|noticias?|publicaci(?:ón|ones)|posts?|entradas?|documentos?|carpetas?|directorios?|documentación|respuestas?|imágenes|imagen|fotos?|ilustraci(?:ón|ones)|v[ií]deos?|podcasts?|sitio|blog|informes?|análisis|reportajes?|crónicas?|secci(?:ón|ones)|problemas?|decálogo)\\b|\\b(?:este|esta|estos|estas|el presente|la presente|nuestr[oa]s?|mis?)\\s+(?:\\w+\\s+)?(?:web|sitio web|página web|portal|boletín|newsletter|fichas?|columnas?|tribunas?|editorial(?:es)?|entrevistas?|reseñas?|guías?|tutoriales?|descripci(?:ón|ones)|episodios?|capítulos?|informaci(?:ón|ones)|piezas?|comunicados?|relatos?|hilos?|mensajes?)\\b|\\b(?:seudónimo|pseudónimo|nombre de pluma|firma con (?:la|el) que|autor(?:a|es|as)? (?:ficticio|ficticia|virtual)(?:s|es)?|(?:redactor|redactora|periodista|columnista)(?:es|s)? virtual(?:es)?)\\b',
  subject: '(?:este|esta|estos|estas|nuestr[oa]s?|mis?)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:fue|fueron|ha sido|han sido|es|son|está|están)\\b|(?:los|las|todos los|todas las)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:son)\\b|(?:el|la)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?es\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:ad|id|it|ech|uest)[oa]s?(?![\\p{L}]))|(?:texto|artículo|noticia|contenido|nota|información|crónica|resumen|imagen|ilustración|traducción|versión|reportaje|entrada|post|publicación|ficha|respuesta|boletín|columna)s?\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:ad|id|it|ech|uest)[oa]s?(?![\\p{L}]))',
  genBase: 'escribir|redactar|crear|producir|hacer',
  request: 'pedí|pedimos|pedido|pregunté|preguntamos|preguntado|entrevistado|entrevisté|entrevistamos|encargué|encargamos|encargado|dejé|dejamos|solicité|solicitamos|consulté|consultamos|consultado|preguntar|preguntarle|pedir|pedirle|consultar|entrevistar|desafiamos',
  firstPerson: '\\b(?:yo|nosotros|nosotras|mis?|nuestr[oa]s?|pedí|le pedí|usé|utilicé|escribí|he|hemos|usamos|utilizamos|pedimos|decidí|decidimos|me|nos|pregunté|preguntamos|consulté|consultamos|entrevisté|entrevistamos|encargué|encargamos|solicité|solicitamos)\\b',
  reporting: '\\b(?:publicó|publica|lanzó|comenzó|empezó|anunció|presentó|probó|reveló|admitió|descubrió|según|afirmó|dijo)\\b|\\b(?:ofrece|ofrecen|publicaron|anunciaron|lanzaron|empezaron|comenzaron|presentaron|ha publicado|han publicado|ha anunciado|han anunciado|ha lanzado|se busca|buscamos|oferta de empleo|vacante|contrata|contratamos|curso|taller|seminario|webinar|charla|ponencia|jornada|encuesta|estudio)\\b',
};

const IT: FrameLexicon = {
  actor: "intelligenz[ae] artificial[ei]|modell[oi] (?:linguistic[oi]|di linguaggio)|IA generativa|AI generativa|apprendimento automatico|ret[ei] neural[ei]|chatbot|strument[oi] di (?:IA|AI)|apprendimento (?:automatico|profondo)|deep[- ]learning|assistent[ei] (?:conversazional[ei]|virtual[ei]|di scrittura)|generator[ei] di (?:test[oi]|linguaggio|contenut[oi])|(?:software|sistem[ai]|strument[oi]|programm[ai]) di generazione (?:automatica )?(?:del |di )?(?:linguaggio|test[oi])(?: naturale)?|agent[ei] conversazional[ei]",
  gen: 'generat[oaie]|gener\\w+|scritt[oaie]|redatt[oaie]|creat[oaie]|prodott[oaie]|realizzat[oaie]|elaborat[oaie]|compost[oaie]|fatt[oaie]|disegnat[oaie]|ricercat[oaie]|preparat[oaie]|scriv\\w+|scrisse|redig\\w+|produc\\w+|cre[ao]no|genera|generano|firmat[oaie]',
  assist: 'assistit[oaie]|supportat[oaie]|aiut\\w*|support\\w*|revisionat[oaie]|rivist[oaie]|corrett[oaie]|modificat[oaie]|migliorat[oaie]|riscritt[oaie]|trascritt[oaie]|verificat[oaie]|perfezionat[oaie]|sistemat[oaie]|rielaborat[oaie]|adattat[oaie]|grammatica|semplificat[oaie]|strutturat[oaie]|condensat[oaie]|ottimizzat[oaie]|ritoccat[oaie]',
  use: 'utilizzat[oaie]|usat[oaie]|avvals\\w+|avvalendosi|impiegat[oaie]|l[\\u0027’]uso|l[\\u0027’]utilizzo',
  translate: 'tradott[oaie]|traduzion[ei]|tradu\\w+',
  summary: 'riassunt[oi]|riassum\\w+|sintesi|punti chiave|in breve|in sintesi|da sapere|punti salienti|punti principali|in pillole|l[\'’]essenziale',
  help: "con l['’]aiuto|con il supporto|con l['’]ausilio|con il contributo|con l['’]assistenza|assistit[oaie] da|supportat[oaie] da|in parte|parzialmente|part[ei] di|in collaborazione con|insieme (?:a|con)|coautor\\w*",
  machine: 'traduzione automatica|tradott[oaie] automaticamente|automaticamente tradott[oaie]|traduzione automatizzata|tradott[oaie] in modo automatico|Google[- ]Translate|Google Traduttore|DeepL',
  auto: '(?:generat|creat|scritt|prodott|redatt)[oaie] automaticamente|automaticamente (?:generat|creat|scritt)[oaie]|(?:generat|creat|prodott)[oaie] (?:a partire |sulla base )?(?:da|dai|dalle|dei|delle) (?:\\w+ ){0,3}?(?:dati|statistiche|risultati)|(?:generat|creat|scritt|prodott|redatt|elaborat|realizzat|compilat|aggiornat)[oaie] (?:in automatico|in modo automatico|in maniera automatica|automaticamente|da (?:un |degli )?(?:algoritm[oi]|software|programm[ai] informatic[oi]|robot|script))|(?:generat|creat|scritt|prodott|redatt|elaborat|realizzat|compilat|aggiornat)[oaie] (?:automaticamente |in automatico )?(?:a partire da|sulla base d|in base a|con) ?(?:[\\p{L}\\d\'’-]+ ){0,3}?(?:dati|statistiche|risultati|cifre|quotazioni)|(?:generazione|redazione|produzione) automatica',
  scope: "\\b(?:questo|questa|questi|queste|il presente|la presente|nostr[oaie]|mio|mia)\\s+(?:\\w+\\s+)?(?:articol[oi]|test[oi]|contenut[oi]|pagin[ae]|riassunt[oi]|sintesi|traduzion[ei]|version[ei]|notizi[ae]|post|document[oi]|cartell[ae]|documentazione|rispost[ae]|immagin[ei]|fot[oi]|illustrazion[ei]|video|podcast|sito|blog|report|analisi|sezion[ei]|contribut[oi]|schede?|guid[ae])\\b|\\b(?:qui sopra|qui sotto|sopra riportat\\w+)\\b|\\b(?:questo|questa|il presente)\\s+pezzo\\b|\\b(?:questo|questa|questi|queste|il presente|la presente|nostr[oaie]|mio|mia)\\s+(?:\\w+\\s+)?(?:comunicat[oi]|rubric(?:a|he)|editorial[ei]|intervist[ae]|recension[ei]|cronac(?:a|he)|newsletter|bollettin[oi]|portale|bran[oi]|paragraf[oi]|capitol[oi]|episodi?|puntat[ae]|didascali[ae]|descrizion[ei]|informazion[ei]|messaggi?|pezz[oi])\\b|\\b(?:pseudonimo|nome d['’]arte|la firma (?:che|con cui)|autor[ei] fittizi[oa]?|autrice fittizia|(?:giornalist|redattor|redattric|firm)[aei] virtual[ei]|autor[ei] virtual[ei])\\b",
  subject: '(?:questo|questa|questi|queste|nostr[oaie]|mio|mia)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:è|sono|fu|viene|vengono)(?![\\p{L}])|(?:i|gli|le|tutti i|tutte le)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:sono|vengono)\\b|(?:il|lo|la|l[\'’])\\s*(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:è|viene)\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:at|it|ut|tt|ss|st)[oaie](?![\\p{L}]))|(?:tutti gli|tutte le|tutti i)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:sono|vengono)\\b|(?:testo|articolo|contenuto|notizia|nota|cronaca|riassunto|sintesi|immagine|illustrazione|traduzione|versione|post|scheda|risposta|foto|video|pezzo|comunicato)\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:at|it|ut|tt|ss|st)[oaie](?![\\p{L}]))',
  genBase: 'scrivere|redigere|creare|produrre|fare',
  request: 'chiesto|chiesi|chiediamo|domandato|intervistato|intervistata|intervistiamo|incaricato|lasciato|interrogato|consultato|chiedere|domandare|intervistare|consultare|interrogare',
  firstPerson: '\\b(?:io|noi|mio|mia|miei|mie|nostr[oaie]|ho|abbiamo|chiesi|chiesto|usiamo|utilizziamo|mi)\\b',
  reporting: '\\b(?:ha pubblicato|pubblica|ha lanciato|ha iniziato|ha annunciato|ha presentato|ha testato|ha rivelato|ha ammesso|secondo|ha dichiarato|ha detto)\\b|\\b(?:offre|offrono|cercasi|cerchiamo|offerta di lavoro|assumiamo|hanno pubblicato|hanno annunciato|pubblicano|ha sperimentato|sperimentarono|ha introdotto|seminario|convegno|corso|webinar|workshop|sondaggio|studio)\\b',
};

const PT: FrameLexicon = {
  actor: 'inteligências? artificia(?:l|is)|modelos? de linguagem|IA generativa|aprendizado de máquina|aprendizagem automática|redes? neura(?:l|is)|chatbots?|ferramentas? de IA|assistentes? de IA|aprendizagem (?:automática|profunda)|aprendizado profundo|deep[- ]learning|assistentes? (?:conversaciona(?:l|is)|virtua(?:l|is)|de escrita)|geradores? de (?:textos?|linguagem|conteúdos?)|(?:softwares?|programas?|sistemas?|ferramentas?) de geração de (?:linguagem|textos?)(?: natural)?|agentes? conversaciona(?:l|is)',
  gen: 'gerad[oa]s?|ger\\w+|escrit[oa]s?|redigid[oa]s?|criad[oa]s?|produzid[oa]s?|elaborad[oa]s?|compost[oa]s?|feit[oa]s?|montad[oa]s?|desenvolvid[oa]s?|preparad[oa]s?|escrev\\w+|escreveu|redig\\w+|produz\\w*|cri(?:a|am|ou|aram)',
  assist: 'assistid[oa]s?|assistência|ajuda|apoio|auxílio|editad[oa]s?|corrigid[oa]s?|revisad[oa]s?|revist[oa]s?|melhorad[oa]s?|reescrit[oa]s?|re?screv\\w*|reescrev\\w*|transcrev\\w+|transcrit[oa]s?|estrutur\\w+|modificad[oa]s?|alterad[oa]s?|ortografia|gramática|adaptad[oa]s?|aperfeiçoad[oa]s?|checad[oa]s?|simplificad[oa]s?|otimizad[oa]s?|condensad[oa]s?|ajustad[oa]s?|aprimorad[oa]s?',
  use: 'utilizad[oa]s?|usad[oa]s?|utiliz\\w+|empregad[oa]s?|o uso de',
  translate: 'traduz\\w+|traduç\\w+|traduzid[oa]s?',
  summary: 'resumo\\w*|resumid[oa]s?|pontos[- ]chave|síntese|principais pontos|destaques|em resumo|em síntese|o essencial|para entender',
  help: 'com (?:a )?ajuda|com (?:o )?apoio|com (?:o )?auxílio|com (?:a )?assistência|com recurso a|assistid[oa]s? por|em parte|parcialmente|partes d[eoa]\\w*|em colaboração com|em conjunto com|junto com|coautor\\w*',
  machine: 'tradução automática|traduzid[oa]s? automaticamente|automaticamente traduzid[oa]s?|traduzid[oa]s? de forma automática|Google Tradutor|Google Translate|DeepL',
  auto: '(?:gerad|criad|escrit|produzid|redigid)[oa]s? automaticamente|automaticamente (?:gerad|criad|escrit)[oa]s?|(?:gerad|criad|produzid)[oa]s? (?:a partir|com base) (?:de |em |nos |nas |dos |das )(?:\\w+ ){0,3}?(?:dados|estatísticas|resultados)|(?:gerad|criad|escrit|produzid|redigid|elaborad|feit|realizad|atualizad)[oa]s? (?:de (?:forma|modo|maneira) automátic[ao]|por (?:um |uma )?(?:algoritmos?|programas? de computador|software|robôs?|scripts?))|(?:gerad|criad|escrit|produzid|redigid|elaborad|feit|atualizad)[oa]s? (?:automaticamente )?(?:a partir|com base|segundo) (?:de |em |d[oa]s? |n[oa]s? )?(?:[\\p{L}\\d-]+ ){0,3}?(?:dados|estatísticas|resultados|cotações|números|registros|registos)|(?:geração|redação|produção|criação) automática',
  scope: '\\b(?:este|esta|estes|estas|o presente|a presente|noss[oa]s?|meus?|minhas?|dest[ea]s?)\\s+(?:\\w+\\s+)?(?:artigos?|textos?|conteúdos?|páginas?|resumos?|sínteses?|traduç(?:ão|ões)|vers(?:ão|ões)|notas?|notícias?|publicaç(?:ão|ões)|posts?|documentos?|pastas?|diretórios?|documentação|respostas?|imagens?|fotos?|ilustraç(?:ão|ões)|vídeos?|podcasts?|site|blog|relatórios?|análises?|reportagens?|colunas?|seç(?:ão|ões)|secç(?:ão|ões)|problemas?|cartas?|peças?)\\b|\\b[\\w-]+\\s+(?:acima|abaixo)\\b|\\b(?:este|esta|estes|estas|o presente|a presente|noss[oa]s?|meus?|minhas?|dest[ea]s?)\\s+(?:\\w+\\s+)?(?:matérias?|fichas?|comunicados?|boletins?|boletim|editoria(?:l|is)|entrevistas?|crônicas?|crónicas?|resenhas?|guias?|tutoria(?:l|is)|descriç(?:ão|ões)|episódios?|capítulos?|portal|newsletter|informaç(?:ão|ões)|web ?site|página web|mensagens?)\\b|\\b(?:pseudônimo|pseudónimo|nome de pluma|autor(?:a|es|as)? fictíci[oa]s?|(?:repórter|jornalista|redator|redatora|colunista|autor|autora)(?:es|s)? virtua(?:l|is))\\b',
  subject: '(?:este|esta|estes|estas|noss[oa]s?|meus?|minhas?)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:foi|foram|é|são|está|estão)(?![\\p{L}])|(?:os|as|todos os|todas as)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:são)(?![\\p{L}])|(?:o|a)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?é\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:ad|id|it|ost|eit)[oa]s?(?![\\p{L}]))|(?:texto|artigo|notícia|conteúdo|nota|informação|crônica|crónica|resumo|imagem|ilustração|tradução|versão|reportagem|matéria|post|publicação|ficha|resposta|coluna|relato)s?\\s+(?=(?:\\p{L}+mente\\s+)?\\p{L}+(?:ad|id|it|ost|eit)[oa]s?(?![\\p{L}]))',
  genBase: 'escrever|redigir|criar|produzir|fazer',
  request: 'pedi|pedimos|perguntei|perguntamos|entrevistei|entrevistamos|entrevisto|encomendei|encomendamos|solicitei|solicitamos|deixei|deixamos|consultei|consultamos|questionei|desafiei|desafiámos|desafiamos|perguntar|pedir|consultar|entrevistar',
  firstPerson: '\\b(?:eu|nós|meus?|minhas?|noss[oa]s?|pedi|usei|utilizei|escrevi|tenho|temos|fiz|fizemos|usamos|utilizamos|pedimos|perguntei|perguntamos|consultei|consultamos|entrevistei|entrevistamos|encomendei|encomendamos|solicitei|solicitamos|desafiei|desafiámos)\\b',
  reporting: '\\b(?:publicou|publica|lançou|começou|anunciou|apresentou|testou|revelou|admitiu|descobriu|segundo|afirmou|disse)\\b|\\b(?:oferece|oferecem|disponibiliza|passou a|passaram a|passa a|adotou|adotaram|estreou|publicaram|anunciaram|lançaram|começaram|vaga|contrata|contratamos|procuramos|oportunidade|palestra|curso|oficina|seminário|webinar|workshop|pesquisa|estudo)\\b',
};

const NL: FrameLexicon = {
  actor: 'kunstmatige intelligentie|artifici[ëe]le intelligentie|taalmodel\\w*|generatieve (?:AI|KI)|machine learning|neurale netwerk\\w*|chatbot\\w*|tekstgenerator\\w*|(?:schrijf|taal|tekst)robot\\w*|deep learning|generatieve (?:software|tools?|modell?en)',
  gen: 'gegenereerd|genereert|gemaakt|geschreven|schrijft|opgesteld|gecreëerd|geproduceerd|samengesteld|ontworpen|geformuleerd|opgemaakt|aangemaakt|voorbereid|uitgewerkt|maakt|maakte|maakten|schreef|schreven|genereerde\\w*|produceerde\\w*|creëerde\\w*|gehaald|geëxtraheerd|gedestilleerd|ontwikkeld|bedacht',
  assist: 'ondersteun\\w*|geholpen|hulp|bewerkt|geredigeerd|gecorrigeerd|herschreven|verbeterd|verfijnd|nagekeken|gecontroleerd|getranscribeerd|geassisteerd|aangepast|gewijzigd|gemodificeerd|nagelezen|ingekort|verkort|vereenvoudigd|herwerkt|bijgewerkt|herformuleerd|geoptimaliseerd|geredigeerd',
  use: 'gebruikt|gebruikgemaakt|gebruik gemaakt|ingezet|het gebruik van',
  translate: 'vertaald|vertaling\\w*|vertaalt|vertaal\\w*',
  summary: 'samenvatting\\w*|samengevat|kernpunten|in het kort|samenvat\\w*|belangrijkste punten|hoofdpunt\\w*|kort samengevat|in een notendop|in vogelvlucht|highlights',
  help: 'met (?:de )?hulp|met behulp|met ondersteuning|ondersteund door|geholpen door|deels|gedeeltelijk|voor een deel|delen van|in samenwerking met|samen met|co-?auteur\\w*',
  machine: 'machinaal (?:\\w+ ){0,3}?vertaald|machinevertal\\w*|automatisch (?:\\w+ ){0,3}?vertaald|automatische vertaling\\w*|vertaald door (?:een )?(?:machine|computer|vertaalsoftware|vertaalprogramma)|Google Translate|DeepL',
  auto: 'geautomatiseerd(?:e)? (?:bericht|artikel|tekst|verslag|nieuwsbericht)\\w*|automatisch\\w* (?:\\w+ ){0,2}?(?:gegenereerd\\w*|gemaakt\\w*|aangemaakt\\w*|geschreven\\w*|opgesteld\\w*|omgezet|samengesteld|bijgewerkt)|(?:gegenereerd|gemaakt|geschreven|opgesteld|samengesteld) (?:op basis van|uit|aan de hand van|met) (?:\\w+ ){0,3}?\\w*(?:data|gegevens|statistieken|uitslagen|cijfers)|(?:gegenereerd|gemaakt|geschreven|opgesteld) door (?:een |het )?(?:algoritme|computerprogramma|script)|door (?:een |het )?(?:algoritme|computerprogramma|script) (?:\\w+ ){0,2}?(?:gegenereerd|gemaakt|geschreven|opgesteld)',
  scope: '\\b(?:dit|deze|onze?|mijn|bovenstaande|volgende)\\s+(?:\\w+\\s+)?(?:artikel\\w*|tekst\\w*|inhoud|content|pagina\\w*|samenvatting\\w*|vertaling\\w*|versie\\w*|bericht\\w*|nieuwsbericht\\w*|post\\w*|document\\w*|map|mappen|documentatie|antwoord\\w*|afbeelding\\w*|foto\\w*|illustratie\\w*|video\\w*|podcast\\w*|site|website|blog\\w*|rapport\\w*|analyse\\w*|advies|sectie\\w*)\\b|\\b(?:de|alle) (?:teksten|artikelen|inhoud) (?:op|van) (?:deze|onze)\\b|\\bis (?:het|ons|een) pseudoniem\\b|\\b(?:hierboven|hieronder|bovenstaande|onderstaande)\\b|\\b(?:dit|deze|onze?|mijn|bovenstaande|volgende)\\s+(?:\\w+\\s+)?(?:stuk\\w*|verha(?:al|len)|uitleg|verslag\\w*|column\\w*|nieuwsbrie\\w*|editie\\w*|aflevering\\w*|bijdrage\\w*|recensie\\w*|interview\\w*|liveblog\\w*|rubriek\\w*|overzicht\\w*)\\b|^\\W*Over ons\\b|\\b(?:dit|deze|onze?|mijn)\\s+(?:\\w+\\s+)?(?:project\\w*|README|repository|code)\\b',
  subject: '(?:dit|deze|onze?|mijn)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:is|zijn|werd|werden|wordt|worden)\\b|(?:de|het|alle)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:worden|wordt|zijn)\\b|(?:de|het)\\s+(?:[\\p{L}-]+\\s+)?\\p{L}*(?:tekst|artikel|stuk|verhaal|bericht|samenvatting|vertaling|inhoud|versie|verslag|overzicht|uitleg|illustratie|afbeelding|foto)\\w*\\s+(?:is|werd|was)\\b',
  genBase: 'schrijven|genereren|maken|opstellen|creëren|produceren|schreef',
  request: 'vroeg|vroegen|gevraagd|liet|lieten|interviewde|interviewden|geïnterviewd',
  firstPerson: '\\b(?:ik|wij|we|mijn|ons|onze|mij|me)\\b',
  reporting: '\\b(?:publiceerde|publiceert|lanceerde|begon|startte|kondigde|presenteerde|testte|onthulde|gaf toe|ontdekte|volgens|zei|zegt)\\b|\\b(?:publiceerden|brengt uit|bracht uit|lanceert|begint|kondigt|presenteert|testten|onthult|ontdekt|helpt (?:je|u)|laat (?:je|u)|stelt (?:je|u) in staat)\\b',
};

const SV: FrameLexicon = {
  actor: 'artificiell intelligens|språkmodell\\w*|generativ (?:AI|KI)|maskininlärning|neurala nätverk|chattbott\\w*|djupinlärning\\w*|maskininlärning\\w*|textgenerator\\w*|(?:text|skriv)robot\\w*|chatbot\\w*|generativ\\w* (?:programvara|verktyg|modell\\w*)',
  gen: 'genererad\\w*|genererat|genererade|genereras|genererats|generera|genererar|skriv(?:en|et|na|s|its|it|er)|skrev|skrevs|skapad\\w*|skapat|skapade|skapas|skapats|skapar|producerad\\w*|producerat|producerade|produceras|producerats|framtagen|framtaget|framtagna|ta(?:git|gits|s) fram|togs fram|gjord\\w*|gjort|gjorts|gjordes|författad\\w*|förberedd\\w*|utarbetad\\w*|sammanställ\\w*|plocka(?:t|ts|de|des|s)? ut|hämta(?:t|ts|de|des|s)? ut|extraher\\w*|utveckla(?:t|ts|d|de|des)',
  assist: 'assisterad\\w*|stöd|stödd|hjälp|redigerad\\w*|redigerat|bearbetad\\w*|bearbetat|korrekturläst|förbättrad\\w*|omskriven|omskrivet|granskad|modifierad\\w*|ändrad\\w*|assistert|assisteret|støtte|hjælp|hjelp|modifiera(?:d|t|de|s)\\w*|ändra(?:d|t|de|s)\\w*|redigera(?:d|t|de|s)\\w*|bearbeta(?:d|t|de|s)\\w*|kortad\\w*|kortat|förkortad\\w*|förkortat|omformulerad\\w*|omformulerat|förenklad\\w*|förenklat|språkgransk\\w*|korrekturläs\\w*',
  use: 'använt|användes|använts|används|användning av|använder|använda|nyttjat|utnyttjat',
  translate: 'översatt\\w*|översättning\\w*|översätts|översattes|översatts',
  summary: 'sammanfattning\\w*|sammanfattad\\w*|sammanfattat|i korthet|sammanfatt\\w*|sammandrag\\w*|huvudpunkt\\w*|punkterna|de viktigaste punkterna|kortversion\\w*|snabbversion\\w*|i korta drag',
  help: 'med hjälp av|med stöd av|med assistans|delvis|till viss del|delar av|i samarbete med|tillsammans med|medförfatt\\w*|med støtte (?:fra|af|av)|med hj[eæ]lp (?:av|af|fra)|ved hj[eæ]lp a[vf]',
  machine: 'maskinöversatt\\w*|maskinöversättning\\w*|automatiskt (?:\\w+ ){0,3}?översatt\\w*|översatt\\w* automatiskt|översatts automatiskt|automatisk översättning|Google Translate|DeepL',
  auto: 'automatiskt (?:\\w+ ){0,2}?(?:genererad\\w*|genererat|skapad\\w*|skapat|skriven|skrivet)|(?:genererad|skapad|skriven)\\w* (?:utifrån|från|baserad på) (?:\\w+ ){0,3}?\\w*(?:data|statistik|resultat)|(?:genererad\\w*|genererat|skapad\\w*|skapat|skriven|skrivet) automatiskt|automatiskt (?:\\w+ ){0,2}?(?:skrivits|skrivs|genererats|skapats|publicerad\\w*|uppdaterad\\w*|sammanställd\\w*)|(?:genererad\\w*|genererat|skapad\\w*|skapat|skriven|skrivet) av (?:en |ett )?(?:algoritm|datorprogram|skript)',
  scope: '\\b(?:den här|det här|denna|detta|dessa|vår|vårt|våra|min|mitt|mina)\\s+(?:\\w+\\s+)?(?:artikel\\w*|text\\w*|innehåll\\w*|sid\\w*|sammanfattning\\w*|översättning\\w*|version\\w*|notis\\w*|inlägg\\w*|dokument\\w*|mapp\\w*|svar\\w*|bild\\w*|foto\\w*|illustration\\w*|video\\w*|podd\\w*|sajt\\w*|webbplats\\w*|blogg\\w*|rapport\\w*|analys\\w*|krönik\\w*|nyhet\\w*)\\b|^\\W*(?:artikeln|texten|innehållet|sammanfattningen|översättningen|inlägget|notisen|svaret|svaren|bilden|rapporten|sidan|dokumentet|krönikan|versionen|nyheten|nyheterna|artiklarna|texterna)\\b|\\ballt innehåll på\\b|\\bär (?:vår |vores |en )?(?:pseudonym|signaturen)\\b|\\b[\\w-]+\\s+(?:ovan|nedan)\\b|^\\W*\\p{L}*(?:artikeln|artiklarna|texten|texterna|notisen|notiserna|rapporten|referatet|krönikan|sammanfattningen|översättningen|inlägget|bilden|versionen|nyheten|nyheterna|innehållet|svaret)\\b|\\b(?:allt|alla)\\s+(?:\\w+\\s+){0,2}?(?:på|i)\\s+(?:bloggen|sajten|sidan|webbplatsen|denna|detta|den här|det här|vår\\w*)\\b|^\\W*Om (?:oss|sajten|sidan|bloggen)\\b|\\b(?:den här|det här|denna|detta|vår|vårt|mitt|min)\\s+(?:\\w+\\s+)?(?:projekt\\w*|README|kod\\w*)\\b',
  subject: '(?:den här|det här|denna|detta|dessa|vår|vårt|våra|min|mitt|mina)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:är|var|blev|har)(?![\\p{L}])|\\p{L}[\\p{L}-]{3,}(?:en|et|na|erna|arna|orna)(?:\\s+(?:og|och)\\s+[\\p{L}-]+)?\\s+(?:är|blev)(?![\\p{L}])|\\p{L}[\\p{L}-]{3,}(?:en|et|na|erna|arna|orna)\\s+(?:här\\s+|nu\\s+)?(?:har|hade|skrivs|genereras|skapas|produceras|tas fram|översätts|sammanfattas)(?![\\p{L}])',
  genBase: 'skriva|generera|skapa|producera|skrev',
  request: 'bad|frågade|frågat|lät|låtit|intervjuade|intervjuat',
  firstPerson: '\\b(?:jag|vi|min|mitt|mina|vår|vårt|våra|mig|oss)\\b',
  reporting: '\\b(?:publicerade|publicerar|lanserade|började|startade|meddelade|presenterade|testade|avslöjade|erkände|upptäckte|enligt|sa|säger)\\b|\\b(?:publicerat|ger ut|gav ut|lanserar|lanserat|börjar|börjat|startar|startat|testar|testat|avslöjar|erkänner|upptäcker|annonserade|hjälper dig|låter dig)\\b',
};

const NO: FrameLexicon = {
  actor: 'kunstig intelligens|språkmodell\\w*|generativ (?:AI|KI)|maskinlæring|nevrale nettverk|chatbot\\w*|dyplæring\\w*|maskinlæring\\w*|tekstgenerator\\w*|(?:tekst|skrive)robot\\w*|generativ\\w* (?:programvare|verktøy|modell\\w*)',
  gen: 'generert\\w*|genereres|skrevet|skrives|skrev|laget|lages|produsert|utarbeidet|opprettet|skapt|forfattet|lagd|forberedt|sammenstilt|genererer|generere|skriver|laga|lagde|lager|produserer|produseres|produserte|utviklet|hentet ut|trukket ut|tatt ut|tatt fram|omsatt',
  assist: 'assistert|støtte|hjelp|redigert|bearbeidet|korrekturlest|forbedret|omskrevet|kvalitetssikret|gjennomgått|transkribert|modifisert|endret|hjælp|assisteret|assisterad\\w*|stöd|hjälp|forkortet|språkvasket|omformulert|forenklet|finpusset|korrekturles\\w*',
  use: 'brukt|benyttet|bruk av|bruker|benytter|tatt i bruk',
  translate: 'oversatt|oversettelse\\w*|oversettes|oversatte',
  summary: 'oppsummering\\w*|oppsummert|sammendrag\\w*|kort fortalt|oppsummer\\w*|hovedpunkt\\w*|punktene|kortversjon\\w*|i korte trekk|sammenfatning\\w*|sammenfattet',
  help: 'ved hjelp av|med hjelp (?:av|fra)|med støtte (?:av|fra)|delvis|til dels|deler av|i samarbeid med|sammen med|medforfatt\\w*|ved hj[ea]lp a[vf]|med hj[eæ]lp (?:av|af|fra)|med stöd av|med hjälp av|med støtte af',
  machine: 'maskinoversatt|maskinoversettelse\\w*|automatisk (?:\\w+ ){0,3}?oversatt|oversatt automatisk|automatisk oversettelse|Google Translate|DeepL',
  auto: 'automatisk (?:\\w+ ){0,2}?(?:generert\\w*|laget|skrevet|opprettet)|(?:generert|laget|skrevet) (?:ut fra|fra|basert på) (?:\\w+ ){0,3}?\\w*(?:data|statistikk|resultater)|(?:generert|laget|skrevet|opprettet|utarbeidet) automatisk|automatisk (?:\\w+ ){0,2}?(?:publisert|oppdatert|produsert|sammenstilt)|(?:publisert|oppdatert|produsert) automatisk|(?:generert|laget|skrevet|produsert) av (?:en |et )?(?:algoritme|dataprogram|skript)',
  scope: '\\b(?:denne|dette|disse|vår|vårt|våre|min|mitt|mine)\\s+(?:\\w+\\s+)?(?:artikkel\\w*|tekst\\w*|innhold\\w*|sid\\w*|oppsummering\\w*|sammendrag\\w*|oversettelse\\w*|versjon\\w*|sak\\w*|innlegg\\w*|dokument\\w*|mappe\\w*|svar\\w*|bilde\\w*|foto\\w*|illustrasjon\\w*|video\\w*|podkast\\w*|nettsted\\w*|blogg\\w*|rapport\\w*|analyse\\w*|kommentar\\w*|nyhet\\w*)\\b|^\\W*(?:artikkelen|teksten|innholdet|oppsummeringen|sammendraget|oversettelsen|innlegget|saken|svaret|svarene|bildet|rapporten|siden|dokumentet|versjonen|nyheten|nyhetene|artiklene|tekstene)\\b|\\balt innhold på\\b|\\ber (?:vår |vores |en )?(?:pseudonym|signaturen)\\b|\\b(?:ovenfor|nedenfor|ovenstående|nedenstående)\\b|^\\W*\\p{L}*(?:artikkelen|artiklene|teksten|tekstene|saken|sakene|notisen|rapporten|referatet|oppsummeringen|sammendraget|oversettelsen|innlegget|bildet|versjonen|nyheten|nyhetene|innholdet|svaret)\\b|\\b(?:alt|alle)\\s+(?:\\w+\\s+){0,2}?(?:på|i)\\s+(?:bloggen|siden|nettstedet|nettsiden|denne|dette|vår\\w*)\\b|^\\W*Om (?:oss|siden|nettstedet|bloggen)\\b|\\b(?:denne|dette|vår|vårt|mitt|min)\\s+(?:\\w+\\s+)?(?:prosjekt\\w*|README|kode\\w*)\\b',
  subject: '(?:denne|dette|disse|vår|vårt|våre|min|mitt|mine)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:er|var|ble|blir|har)\\b|\\p{L}[\\p{L}-]{3,}(?:en|et|ene|a)(?:\\s+(?:og|och)\\s+[\\p{L}-]+)?\\s+(?:er|ble|blir)\\b|\\p{L}[\\p{L}-]{3,}(?:en|et|ene|a)\\s+(?:har|hadde|skrives|genereres|lages|produseres|oversettes|oppsummeres)\\b',
  genBase: 'skrive|generere|lage|skape|produsere',
  request: 'ba|bad|spurte|spurt|lot|latt|intervjuet|intervjua|intervjuet',
  firstPerson: '\\b(?:jeg|vi|min|mitt|mine|vår|vårt|våre|meg|oss)\\b',
  reporting: '\\b(?:publiserte|publiserer|lanserte|begynte|startet|kunngjorde|presenterte|testet|avslørte|innrømmet|oppdaget|ifølge|sa|sier)\\b|\\b(?:publisert|gir ut|ga ut|lanserer|begynner|starter|tester|avslører|oppdager|kunngjør|hjelper deg|lar deg)\\b',
};

const DA: FrameLexicon = {
  actor: 'kunstig intelligens|sprogmodel\\w*|generativ (?:AI|KI)|maskinlæring|neurale netværk|chatbot\\w*|dyb ?læring\\w*|deep learning|maskinlæring\\w*|tekstgenerator\\w*|(?:tekst|skrive)robot\\w*|generativ\\w* (?:software|værktøj\\w*|model\\w*)',
  gen: 'genereret|genereres|generere|skrevet|skrives|skrev|lavet|laves|produceret|udarbejdet|oprettet|skabt|forfattet|givet|formuleret|forberedt|sammenstillet|genererer|skriver|skrevne|laver|lavede|producerer|producerede|skabte|udviklet|trukket ud|udtrukket|hentet ud|omsat',
  assist: 'assisteret|støtte|hjælp|redigeret|bearbejdet|korrekturlæst|forbedret|omskrevet|kvalitetssikret|gennemgået|transskriberet|modificeret|ændret|hjelp|assistert|assisterad\\w*|stöd|hjälp|forkortet|omformuleret|forenklet|sprogrettet|korrekturlæs\\w*|finpudset',
  use: 'brugt|anvendt|benyttet|brug af|bruger|anvender|benytter|gjort brug af',
  translate: 'oversat|oversættelse\\w*|oversættes|oversatte',
  summary: 'opsummering\\w*|opsummeret|resumé\\w*|sammendrag\\w*|kort fortalt|opsummer\\w*|hovedpunkt\\w*|punkterne|nøglepunkt\\w*|de vigtigste punkter|kort sagt|i korte træk|sammenfatning\\w*|sammenfattet',
  help: 'ved hjælp af|med hjælp (?:af|fra)|med støtte (?:af|fra)|delvis|til dels|dele af|i samarbejde med|sammen med|medforfatt\\w*|ved hj[æe]lp a[fv]|med hj[æe]lp (?:af|av|fra)|med stöd av|med hjälp av|med støtte av',
  machine: 'maskinoversat|maskinoversættelse\\w*|automatisk (?:\\w+ ){0,3}?oversat|oversat automatisk|automatisk oversættelse|Google Translate|DeepL',
  auto: 'automatisk (?:\\w+ ){0,2}?(?:genereret|lavet|skrevet|oprettet)|(?:genereret|lavet|skrevet) (?:ud fra|fra|baseret på) (?:\\w+ ){0,3}?\\w*(?:data|statistik|resultater)|(?:genereret|lavet|skrevet|oprettet|udarbejdet) automatisk|automatisk (?:\\w+ ){0,2}?(?:opdateret|opdateres|publiceret|produceret)|(?:opdateret|opdateres|publiceret|produceret) automatisk|(?:genereret|lavet|skrevet|produceret) af (?:en |et )?(?:algoritme|computerprogram|script)',
  scope: '\\b(?:denne|dette|disse|vores|min|mit|mine)\\s+(?:\\w+\\s+)?(?:artikel\\w*|tekst\\w*|indhold\\w*|sid\\w*|opsummering\\w*|resumé\\w*|oversættelse\\w*|version\\w*|sag\\w*|indlæg\\w*|dokument\\w*|mappe\\w*|dokumentation|svar\\w*|billede\\w*|foto\\w*|illustration\\w*|video\\w*|podcast\\w*|hjemmeside\\w*|blog\\w*|rapport\\w*|analyse\\w*|kommentar\\w*|fil\\w*|nyhed\\w*)\\b|^\\W*(?:artiklen|teksten|indholdet|opsummeringen|resuméet|oversættelsen|indlægget|sagen|svaret|svarene|billedet|rapporten|siden|dokumentet|versionen|nyheden|nyhederne|artiklerne|teksterne|filen)\\b|\\balt indhold på\\b|\\ber (?:vår |vores |en )?(?:pseudonym|signaturen)\\b|\\b(?:ovenfor|nedenfor|ovenstående|nedenstående)\\b|^\\W*\\p{L}*(?:artiklen|artiklerne|teksten|teksterne|historien|referatet|rapporten|opsummeringen|resuméet|oversættelsen|indlægget|billedet|versionen|nyheden|nyhederne|indholdet|svaret)\\b|\\b(?:alt|alle)\\s+(?:\\w+\\s+){0,2}?(?:på|i)\\s+(?:bloggen|siden|sitet|hjemmesiden|denne|dette|vores)\\b|^\\W*Om (?:os|siden|bloggen)\\b|\\b(?:denne|dette|vores|mit|min)\\s+(?:\\w+\\s+)?(?:projekt\\w*|README|kode\\w*|program\\w*)\\b',
  subject: '(?:denne|dette|disse|vores|min|mit|mine)\\s+(?:[\\p{L}\\d’-]+,?\\s+){0,5}?(?:er|var|blev|bliver|har)\\b|\\p{L}[\\p{L}-]{3,}(?:en|et|ene|erne)(?:\\s+(?:og|och)\\s+[\\p{L}-]+)?\\s+(?:er|blev|bliver)\\b|\\p{L}[\\p{L}-]{3,}(?:en|et|ene|erne)\\s+(?:har|havde|skrives|genereres|laves|produceres|oversættes|opsummeres)\\b',
  genBase: 'skrive|generere|lave|skabe|producere|omsætte',
  request: 'bad|spurgte|spurgt|lod|ladet|interviewede|interviewet',
  firstPerson: '\\b(?:jeg|vi|min|mit|mine|vores|mig|os)\\b',
  reporting: '\\b(?:publicerede|publicerer|lancerede|begyndte|startede|meddelte|præsenterede|testede|afslørede|indrømmede|opdagede|ifølge|sagde|siger)\\b|\\b(?:udgiv\\w*|udgav|offentliggør\\w*|offentliggjorde|lancerer|begynder|starter|tester|afslører|opdager|annoncer\\w*|hjælper dig|lader dig)\\b',
};

const JA: FrameLexicon = {
  actor: '生成AI|人工知能|大規模言語モデル|言語モデル|AIアシスタント|AIエージェント|チャットボット|機械学習|ディープラーニング|深層学習|自然言語生成|文章生成(?:ソフトウェア|ソフト|ツール|エンジン|サービス)|対話型(?:AI|人工知能)|チャットGPT',
  gen: '作成|生成|執筆|制作|書(?:い|か|き|く)|作っ|作ら|作り|出力|キュレーション|整理|構成|書きま|書かれ|手がけ',
  assist: '補助|支援|協力|アシスト|校正|校閲|推敲|編集|添削|リライト|修正|加工|改変|手直し|整え|ブラッシュアップ|手伝',
  use: '活用|使用|利用|用いて|用いた|使って|使い|導入',
  translate: '翻訳',
  summary: '要約|サマリー|まとめ|要点|ポイント|概要|ダイジェスト|3行|三行',
  help: '補助|支援|協力|アシスト|一部|部分的|相棒|パートナー|一緒に|協働|手伝|力を借り',
  machine: '機械翻訳|自動翻訳|Google翻訳|DeepL',
  auto: '自動(?:的に|で)?(?:作成|生成|執筆|配信|更新)|プログラムで(?:作成|生成)|データ(?:を)?(?:もと|基)に(?:自動)?(?:作成|生成)',
  scope: '(?:この|本|当)(?:記事|稿|文章|ページ|ブログ|投稿|翻訳|要約|レポート|コンテンツ|サイト|メディア|動画|画像|資料|文書|フォルダ|ディレクトリ|ドキュメント|回答|書籍|原稿|ニュース|サービス|情報|内容|解説|説明|テキスト|データ)|本稿|※|^\\W*(?:本(?!当|日|人|来|格|年|月|週|部|社|気)|当(?!時|初|然|日|局|選))[^\\s、。]{1,10}(?:は|では)|(?:この|本|当)(?:商品説明|説明文|下書き|コラム|速報|予報|天気予報|レビュー|イラスト|写真|図表?|番組|ポッドキャスト|ニュースレター|ブログ記事|特集|連載|エピソード|リリース)|署名|ペンネーム|筆名|架空の(?:執筆者|記者|ライター|人物)|この名前|当社が',
  // A bare content noun as the topic ("ファストトラック記事は…機械翻訳されています"); news endings still rule it out.
  subject: '[^、。\\s]{0,12}?(?:記事|文章|ページ|コンテンツ|ドキュメント|資料|文書|画像|動画|翻訳|要約|回答|原稿|テキスト)(?:は|も|の(?:一部|大半|多く)は)|[^、。\\s]{0,12}?(?:説明|コラム|速報|予報|まとめ|ブログ|コンテンツ|ポイント|本文)(?:は|も)',
  reporting: '(?:始め|開始|発表|公表|導入し|掲載し|報じ|明らかに)|募集|求人|招聘|招募|開催|セミナー|講座|講演|ウェビナー|調査|アンケート',
  reportingEnd: '(?<!まし|でし)(?:た|る|だ)[。.]?\\s*$',
  dense: true,
};

const ZH: FrameLexicon = {
  actor: 'AIGC|人工智能|生成式(?:AI|人工智能)|大(?:语言)?模型|大語言模型|语言模型|語言模型|智能体|智能體|(?<!写稿|寫稿|写作|寫作|新闻|新聞)机器人|(?<!寫稿|寫作|新聞)機器人|AI助手|AI智能体|机器学习|機器學習|深度学习|深度學習|神经网络|神經網絡|神經網路|自然语言生成|自然語言生成|(?:AI|人工智能)?写作(?:助手|工具)|(?:AI|人工智能)?寫作(?:助手|工具)|对话式(?:人工智能|AI)(?:助手)?|對話式(?:人工智能|AI)(?:助手)?|豆包|讯飞星火|訊飛星火|智谱清言|智譜清言|腾讯混元|騰訊混元',
  gen: '生成|撰写|撰寫|写作|寫作|创作|創作|编写|編寫|产生|產生|完成|制作|製作|写成|寫成|生產|输出|輸出',
  assist: '辅助|輔助|协助|協助|帮助|幫助|润色|潤色|校对|校對|编辑|編輯|改写|改寫|整理|参与|參與|支持|修改|加工|改编|改編|优化|優化|审校|審校|校订|校訂',
  use: '使用|利用|借助|运用|運用|采用|採用|引入|引进|引進',
  translate: '翻译|翻譯',
  summary: '摘要|总结|總結|要点|要點|概要|导读|導讀|导语|要闻|摘编|划重点|劃重點|速览|速覽|概述',
  help: '辅助|輔助|协助|協助|帮助|幫助|部分|协作|協作|借助',
  machine: '机器翻译|機器翻譯|机翻|機翻|自动翻译|自動翻譯|谷歌翻译|Google翻译|DeepL',
  auto: '自动生成|自動生成|自动撰写|自動撰寫|自动编写|系统生成|系統生成|程序生成|脚本(?:自动)?生成|腳本(?:自動)?生成|规则引擎|規則引擎|自动化新闻|自動化新聞',
  scope: '(?:本|此|该|該|这篇|這篇|以下|以上)(?:文|篇|页|頁|站|报告|報告|内容|內容|回答|文档|目录|目錄|文件夹|文檔|网站|網站|平台|栏目|欄目|视频|視頻|图|圖|文章|摘要|翻译|翻譯|Skill|资料|資料|节目|節目|批注|批註|文字|信息|資訊|说明|說明)|(?:本|此|该|該|这篇|這篇|这份|這份|以下|以上)(?:稿件|稿|报道|報導|报导|新闻|新聞|作品|帖子|帖|博文|博客|商品介绍|商品介紹|介绍|介紹|回复|回覆|简报|簡報|快讯|快訊|评论|評論|专栏|專欄)|署名|笔名|筆名|化名|虚拟(?:作者|记者|主播)|虛擬(?:作者|記者|主播)|虚构作者|虛構作者',
  reporting: '(?:宣布|推出|开始|開始|发布|發布|报道|報導|透露|注明|表示|指出|称|稱)|发表|發表|刊登|刊发|刊發|曾|招聘|招募|诚聘|誠聘|讲座|講座|研讨会|研討會|论坛|論壇|课程|課程|培训|培訓|如何|帮你|幫你|为你|為你|为您|為您|一键|一鍵|调查|調查',
  dense: true,
};

const KO: FrameLexicon = {
  actor: '인공지능|생성형\\s*AI|언어\\s*모델|AI\\s*기자|AI\\s*모델|AI\\s*어시스턴트|챗봇|로봇\\s*기자|머신\\s*러닝|딥\\s*러닝|기계\\s*학습|인공\\s*신경망|대화형\\s*(?:AI|인공지능)(?:\\s*비서)?|인공지능\\s*비서|AI\\s*(?:비서|리포터|작가)|자연어\\s*생성\\s*(?:소프트웨어|프로그램|엔진|모델|기술)|하이퍼클로바\\s*X?|클로바\\s*X|챗지피티|미드저니|딥시크|코파일럿',
  gen: '생성|생산|작성|제작|만들|만든|재작성|재구성|집필|쓴|썼|만듭|씁니|쓰였|쓰인|쓰여|창작',
  assist: '도움|지원|보조|편집|교정|윤문|검수|수정|정리|중립화|다듬|보완|감수|첨삭|손질',
  use: '활용|사용|이용|도입',
  translate: '번역',
  summary: '요약|정리된\\s*내용|핵심|요점|주요\\s*내용|한눈에|세\\s*줄|3줄',
  help: '도움|지원|보조|일부|부분|함께',
  machine: '기계\\s*번역|자동\\s*번역|구글\\s*번역|Google\\s*번역|파파고|DeepL',
  auto: '자동\\s*(?:으로\\s*)?(?:생성|작성)|알고리즘(?:이|으로|에\\s*의해)\\s*(?:자동\\s*)?(?:생성|작성)|데이터를?\\s*(?:바탕|기반)으로\\s*(?:자동\\s*)?(?:생성|작성)',
  scope: '(?:이|본|위|아래)\\s*(?:기사|글|콘텐츠|뉴스|문서|폴더|디렉터리|번역|게시물|요약|답변|보고서|페이지|이미지|영상|사이트|서비스|자료|리포트|포스트|블로그|정보|내용|설명|텍스트)|^\\W*본\\s*[^\\s,.]{1,12}(?:은|는)|(?:이|본)\\s*(?:본문|요약문|기사문|게시글|포스팅|원고|칼럼|블로그\\s*글|상품\\s*설명|예보|사진|그래픽)|필명|가상의?\\s*(?:필자|기자|작가|리포터|인물)|이\\s*이름',
  subject: '(?:[^,.\\s]{1,12}\\s+)?[^,.\\s]{0,12}?(?:기사|글|콘텐츠|문서|번역|요약|이미지|영상|답변|텍스트)(?:는|은|의\\s*일부는)|[^,.\\s]{0,12}?(?:본문|요약문|기사문|게시글|게시물|원고|칼럼|설명|예보|사진|그래픽)(?:는|은|도)',
  reporting: '(?:밝혔|말했|전했|발표|도입했|시작했|선보였|공개했|보도)|모집|채용|구인|세미나|강연|강좌|웨비나|포럼|설문|조사\\s*결과',
  reportingEnd: '(?<![니]|습니|입니)다[.。]?\\s*$',
  dense: true,
};

export const LEXICONS: Record<string, FrameLexicon> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  sv: SV,
  no: NO,
  da: DA,
  ja: JA,
  zh: ZH,
  ko: KO,
};

/**
 * Keywords the frames need beyond the packs' own hints: the content script sends a block to the
 * rules only when one of these (or a pack hint) occurs in it.
 */
export const FRAME_HINTS = [
  'llama', 'mistral', 'midjourney', 'firefly', 'ideogram', 'dall', 'bing image', 'leonardo\\.ai', 'stable diffusion', 'perplexity', 'deepseek', 'qwen', 'grok', 'codex',
  'bot\\b', 'robot', 'generator', 'læring', 'inlärning', 'deep.?learning', 'united robots', 'syllabs', 'quakebot', 'dreamwriter',
  'machine[- ]?translat', 'machinaal', 'machinevertal', 'maskinovers', 'maskinövers', 'deepl', 'chatbot',
  '翻譯', '번역', '摘要', '요약', '人工知能', '인공지능', 'deepai', 'chat[-_]?gtp', 'chat gtp', 'craiyon', 'nightcafe', 'synt[eé]ti', 'syntheti', 'synthéti', 'sintéti',
  // Translation tools by name (rules/tool-translation.ts).
  'google (?:translat|tradu|übersetz|vertal|overs|övers|翻)', 'traductor de google', 'microsoft translator', 'bing translator', 'papago', 'yandex translate', 'cloud translation', 'wechat translat',
  // Chinese rules' acronym for AI-generated content ("本文借助AIGC进行润色").
  'aigc',
];
