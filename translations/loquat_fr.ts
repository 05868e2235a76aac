<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the server at its address: nothing is listening (is vLLM running, or still loading the model?).</source>
        <translation>Impossible de se connecter au serveur à son adresse&#xa0;: rien n&apos;y écoute (vLLM est-il lancé, ou encore en train de charger le modèle&#xa0;?).</translation>
    </message>
    <message>
        <source>Could not find the server: the host name does not resolve.</source>
        <translation>Serveur introuvable&#xa0;: le nom d&apos;hôte ne se résout pas.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>La connexion sécurisée au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>Le serveur n&apos;a pas commencé à répondre à temps.</translation>
    </message>
    <message>
        <source>The server stopped sending for too long; the answer so far is kept.</source>
        <translation>Le serveur n&apos;a rien envoyé pendant trop longtemps&#xa0;; la réponse reçue jusqu&apos;ici est conservée.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401).</source>
        <translation>Le serveur n&apos;a pas accepté la clé d&apos;API (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): %1</source>
        <translation>Le serveur n&apos;a pas accepté la clé d&apos;API (HTTP 401)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?</source>
        <translation>Le serveur ne propose pas cette route (HTTP 404)&#xa0;: URL de base erronée, ou modèle non conversationnel&#xa0;?</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context (HTTP 400): %1</source>
        <translation>La conversation est trop longue pour le contexte du modèle (HTTP 400)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation>Le serveur n&apos;a pas pu répondre (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1): %2</source>
        <translation>Le serveur n&apos;a pas pu répondre (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Le serveur a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>Le serveur a signalé une erreur pendant sa réponse.</translation>
    </message>
    <message>
        <source>The server reported an error while answering: %1</source>
        <translation>Le serveur a signalé une erreur pendant sa réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection ended before the answer was complete.</source>
        <translation>La connexion a pris fin avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read.</source>
        <translation>Le serveur a envoyé une réponse que Loquat ne sait pas lire.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read: %1</source>
        <translation>Le serveur a envoyé une réponse que Loquat ne sait pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Erreur réseau.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server redirected too many times (a redirect loop?)</source>
        <translation>le serveur a redirigé trop de fois (une boucle de redirection&#xa0;?)</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>le serveur a redirigé vers une adresse non sécurisée (http)</translation>
    </message>
    <message>
        <source>not a chat completion chunk: %1</source>
        <translation>ce n&apos;est pas un fragment de complétion de discussion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the one trusted for this server: %1</source>
        <translation>Le serveur a présenté un certificat différent de celui qui est approuvé pour ce serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server redirected %1; Loquat does not follow it</source>
        <translation>le serveur a redirigé %1&#xa0;; Loquat ne suit pas cette redirection</translation>
    </message>
    <message>
        <source>with HTTP %1</source>
        <translation>avec le code HTTP %1</translation>
    </message>
    <message>
        <source>(HTTP %1) without a usable address</source>
        <translation>(HTTP %1) sans adresse utilisable</translation>
    </message>
    <message>
        <source>to a %1: address</source>
        <translation>vers une adresse %1:</translation>
    </message>
    <message>
        <source>from https to an insecure http address (%1)</source>
        <translation>de https vers une adresse http non sécurisée (%1)</translation>
    </message>
</context>
<context>
    <name>ApiKeyVault</name>
    <message>
        <source>no answer from the keychain service</source>
        <translation>aucune réponse du service de trousseau</translation>
    </message>
    <message>
        <source>Access to the OS keychain was refused (%1). API keys are kept in memory for this run only.</source>
        <translation>L&apos;accès au trousseau du système a été refusé (%1). Les clés d&apos;API sont conservées en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1). API keys are kept in memory for this run only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Les clés d&apos;API sont conservées en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>Le fichier de clés n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key could not be written to the key file (%1); it is kept in memory for this run only.</source>
        <translation>La clé n&apos;a pas pu être écrite dans le fichier de clés (%1)&#xa0;; elle est conservée en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The key could not be removed from the key file: %1</source>
        <translation>La clé n&apos;a pas pu être retirée du fichier de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain: %1</source>
        <translation>La clé n&apos;a pas pu être retirée du trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Retirer la pièce jointe %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>web reference (the server fetches it)</source>
        <translation>référence web (le serveur la récupère)</translation>
    </message>
    <message>
        <source>(scaled from %1×%2)</source>
        <translation>(réduite depuis %1×%2)</translation>
    </message>
    <message>
        <source>%1 — click to preview</source>
        <translation>%1 — cliquez pour un aperçu</translation>
    </message>
    <message>
        <source>🔗 link</source>
        <translation>🔗 lien</translation>
    </message>
</context>
<context>
    <name>AttachmentPreparer</name>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>un fichier audio</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2.</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence fragment)</extracomment>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the name says it is a %1, but its content is not</source>
        <translation>son nom indique le type %1, mais son contenu ne correspond pas</translation>
    </message>
    <message>
        <source>it is not a file Loquat can send (%1)</source>
        <translation>ce n&apos;est pas un fichier que Loquat peut envoyer (%1)</translation>
    </message>
    <message>
        <source>the name says it is a %1, but it is a %2</source>
        <translation>son nom indique le type %1, mais son contenu est de type %2</translation>
    </message>
    <message>
        <source>it is %1, and the limit for %2 is %3</source>
        <translation>sa taille est de %1, et la limite pour %2 est de %3</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>l&apos;image ne peut pas être décodée (%1)</translation>
    </message>
    <message>
        <source>it could not be stored (%1)</source>
        <translation>il n&apos;a pas pu être enregistré (%1)</translation>
    </message>
    <message>
        <source>the image cannot be encoded (%1)</source>
        <translation>l&apos;image ne peut pas être encodée (%1)</translation>
    </message>
    <message>
        <source>only http and https addresses can be attached as a reference</source>
        <translation>seules les adresses http et https peuvent être jointes comme référence</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>L&apos;image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot move the file into %1: %2</source>
        <translation>impossible de déplacer le fichier dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the reply carried no HTTP status</source>
        <translation>la réponse ne comportait aucun statut HTTP</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la réponse n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>No conversations yet.
</source>
        <translation>Aucune conversation pour le moment.
</translation>
    </message>
    <message>
        <source>ID	UPDATED	MODEL	TITLE
</source>
        <translation>ID	MODIFIÉE	MODÈLE	TITRE
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>There is no conversation %1 (loquat-cli conversations list shows them).</source>
        <translation>Il n&apos;y a pas de conversation %1 (loquat-cli conversations list les affiche).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s): %1
</source>
        <translation>
            <numerusform>%n conversation importée&#xa0;: %1
</numerusform>
            <numerusform>%n conversations importées&#xa0;: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer cannot be saved: %1</source>
        <translation>La réponse ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversation %1 has no model: give one with --model.</source>
        <translation>La conversation %1 n&apos;a pas de modèle&#xa0;: indiquez-en un avec --model.</translation>
    </message>
    <message>
        <source>the answer is not saved: %1</source>
        <translation>la réponse n&apos;est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is no longer saved: %1</source>
        <translation>la réponse n&apos;est plus enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer&apos;s end is not saved: %1</source>
        <translation>la fin de la réponse n&apos;est pas enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--param attend NOM=VALEUR, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line; set LOQUAT_API_KEY instead.</source>
        <translation>La clé d&apos;API n&apos;est jamais lue sur la ligne de commande&#xa0;; définissez plutôt LOQUAT_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (try http://localhost:8000/v1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur (essayez http://localhost:8000/v1).</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>Donnez le prompt en un seul argument (entre guillemets).</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>--conversation takes a conversation&apos;s ID (loquat-cli conversations list shows them).</source>
        <translation>--conversation attend l&apos;ID d&apos;une conversation (loquat-cli conversations list les affiche).</translation>
    </message>
    <message>
        <source>--format takes md or json.</source>
        <translation>--format attend md ou json.</translation>
    </message>
    <message>
        <source>--repeat takes a number from 1 to %1, got &quot;%2&quot;.</source>
        <translation>--repeat attend un nombre de 1 à %1, reçu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--max-image-edge takes a number of pixels or &quot;off&quot;, got &quot;%1&quot;.</source>
        <translation>--max-image-edge attend un nombre de pixels ou &quot;off&quot;, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--dimensions takes a positive number, got &quot;%1&quot;.</source>
        <translation>--dimensions attend un nombre positif, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--batch takes a positive number, got &quot;%1&quot;.</source>
        <translation>--batch attend un nombre positif, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--truncate takes a number of tokens, got &quot;%1&quot;.</source>
        <translation>--truncate attend un nombre de jetons, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>compare needs at least one --lane (e.g. --lane temperature=0.2 --lane temperature=1.0).</source>
        <translation>compare nécessite au moins un --lane (par ex. --lane temperature=0.2 --lane temperature=1.0).</translation>
    </message>
    <message>
        <source>--lane and --repeat belong to compare.</source>
        <translation>--lane et --repeat s&apos;utilisent avec compare.</translation>
    </message>
    <message>
        <source>%1 needs --model (loquat-cli models lists them).</source>
        <translation>%1 nécessite --model (loquat-cli models les liste).</translation>
    </message>
    <message>
        <source>embed needs --model (loquat-cli models lists them).</source>
        <translation>embed nécessite --model (loquat-cli models les liste).</translation>
    </message>
    <message>
        <source>embed needs texts: give them as arguments or with --file.</source>
        <translation>embed nécessite des textes&#xa0;: donnez-les en arguments ou avec --file.</translation>
    </message>
    <message>
        <source>Give the texts either as arguments or with --file, not both.</source>
        <translation>Donnez les textes soit en arguments, soit avec --file, pas les deux.</translation>
    </message>
    <message>
        <source>conversations list takes no arguments.</source>
        <translation>conversations list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>conversations export takes one conversation&apos;s ID, or --all.</source>
        <translation>conversations export attend l&apos;ID d&apos;une conversation, ou --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation ID (loquat-cli conversations list shows them).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de conversation (loquat-cli conversations list les affiche).</translation>
    </message>
    <message>
        <source>conversations import takes one file.</source>
        <translation>conversations import attend un seul fichier.</translation>
    </message>
    <message>
        <source>conversations needs list, export or import.</source>
        <translation>conversations nécessite list, export ou import.</translation>
    </message>
    <message>
        <source>Unknown conversations command &quot;%1&quot;: use list, export or import.</source>
        <translation>Commande conversations inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez list, export ou import.</translation>
    </message>
    <message>
        <source>Usage:
  loquat-cli models [--url URL|--profile NAME] [--json]
  loquat-cli chat [--url URL|--profile NAME] --model M [--system TEXT] [--param NAME=VALUE]... [--json]
                  [--no-stream] [--image FILE|URL]... [--video FILE|URL]... [--audio FILE|URL]...
                  [--max-image-edge PIXELS|off] [--save] [--conversation ID] PROMPT|-
  loquat-cli conversations list [--json]
  loquat-cli conversations export ID|--all [--format md|json] [--output FILE]
  loquat-cli conversations import FILE
  loquat-cli profiles list [--json] | add NAME --url URL [--model M] | remove NAME | set-key NAME
  loquat-cli embed [--url URL|--profile NAME] --model M [--query Q] [--dimensions D] [--batch N]
                   [--truncate[=TOKENS]] [--json] (TEXT... | --file F [--field NAME])
  loquat-cli compare [--url URL|--profile NAME] --model M --lane SPEC [--lane SPEC]... [--repeat K]
                  [--system TEXT] [--json] PROMPT|-

--url defaults to $LOQUAT_URL, else http://localhost:8000/v1.
--param takes vLLM&apos;s own field names (temperature, top_k, min_p, seed, stop, max_tokens, ...);
  values are read as JSON where they parse: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
compare runs the lanes at once and prints each answer and a table of figures. A lane SPEC is
  NAME=VALUE pairs separated by commas (temperature=1.0,top_p=0.9); model=M picks another model,
  preset=NAME starts from a preset (Precise, Balanced, Creative or your own); &apos;&apos; is server defaults.
  --repeat K runs every lane K times.
--image, --video and --audio attach media (repeatable, sent in the order given, before the
  prompt): a file is sent as a data: URL, an http(s) URL as a reference the server fetches.
  Images larger than --max-image-edge (default 2048 px, &apos;off&apos; to keep them) are scaled down.
PROMPT &apos;-&apos; (or none) reads the prompt from standard input.
embed prints the cosine-similarity matrix of the texts, or with --query the texts ranked
  against the query, or with --json every vector; --file takes one text per line (.txt, &apos;-&apos;
  for standard input), or the column/field --field of a .csv or .jsonl file.
--profile NAME (instead of --url) uses one of the app&apos;s server profiles: its address, its
  key from the OS keychain, its time-outs, headers and default model. set-key reads the key
  from standard input (never the command line).
Without a profile the API key comes from LOQUAT_API_KEY, else VLLM_API_KEY, else
  OPENAI_API_KEY (which also override a profile&apos;s key for that run).
LOQUAT_TIMEOUT (seconds) sets the first-byte and idle time-outs (default 180).

History (shared with the app): chat --save keeps the question and the answer as a new
conversation; --conversation ID continues one (its history, system prompt, params and model
apply unless given). --data-dir DIR (or $LOQUAT_DATA_DIR) picks where it is kept.
</source>
        <translation>Utilisation&#xa0;:
  loquat-cli models [--url URL|--profile NOM] [--json]
  loquat-cli chat [--url URL|--profile NOM] --model M [--system TEXTE] [--param NOM=VALEUR]... [--json]
                  [--no-stream] [--image FICHIER|URL]... [--video FICHIER|URL]... [--audio FICHIER|URL]...
                  [--max-image-edge PIXELS|off] [--save] [--conversation ID] PROMPT|-
  loquat-cli conversations list [--json]
  loquat-cli conversations export ID|--all [--format md|json] [--output FICHIER]
  loquat-cli conversations import FICHIER
  loquat-cli profiles list [--json] | add NOM --url URL [--model M] | remove NOM | set-key NOM
  loquat-cli embed [--url URL|--profile NOM] --model M [--query Q] [--dimensions D] [--batch N]
                   [--truncate[=JETONS]] [--json] (TEXTE... | --file F [--field NOM])
  loquat-cli compare [--url URL|--profile NOM] --model M --lane SPEC [--lane SPEC]... [--repeat K]
                  [--system TEXTE] [--json] PROMPT|-

--url vaut par défaut $LOQUAT_URL, sinon http://localhost:8000/v1.
--param prend les noms de champs propres à vLLM (temperature, top_k, min_p, seed, stop, max_tokens, ...)&#xa0;;
  les valeurs sont lues comme du JSON quand elles en sont&#xa0;: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
compare exécute les voies en même temps et affiche chaque réponse et un tableau de chiffres. Une SPEC de voie
  est une suite de paires NOM=VALEUR séparées par des virgules (temperature=1.0,top_p=0.9)&#xa0;; model=M choisit
  un autre modèle, preset=NOM part d&apos;un préréglage (Precise, Balanced, Creative ou l&apos;un des vôtres)&#xa0;;
  &apos;&apos; correspond aux valeurs par défaut du serveur.
  --repeat K exécute chaque voie K fois.
--image, --video et --audio joignent des médias (répétables, envoyés dans l&apos;ordre donné, avant le
  prompt)&#xa0;: un fichier est envoyé comme URL data:, une URL http(s) comme référence que le serveur récupère.
  Les images plus grandes que --max-image-edge (2048 px par défaut, &apos;off&apos; pour les garder) sont réduites.
PROMPT &apos;-&apos; (ou absent) lit le prompt sur l&apos;entrée standard.
embed affiche la matrice de similarité cosinus des textes, ou avec --query les textes classés
  par rapport à la requête, ou avec --json tous les vecteurs&#xa0;; --file prend un texte par ligne (.txt, &apos;-&apos;
  pour l&apos;entrée standard), ou la colonne/le champ --field d&apos;un fichier .csv ou .jsonl.
--profile NOM (à la place de --url) utilise l&apos;un des profils de serveur de l&apos;application&#xa0;: son adresse,
  sa clé tirée du trousseau du système, ses délais d&apos;attente, ses en-têtes et son modèle par défaut.
  set-key lit la clé sur l&apos;entrée standard (jamais sur la ligne de commande).
Sans profil, la clé d&apos;API vient de LOQUAT_API_KEY, sinon VLLM_API_KEY, sinon OPENAI_API_KEY
  (qui remplacent aussi la clé d&apos;un profil pour cette exécution).
LOQUAT_TIMEOUT (en secondes) fixe les délais d&apos;attente du premier octet et d&apos;inactivité (180 par défaut).

Historique (partagé avec l&apos;application)&#xa0;: chat --save garde la question et la réponse comme nouvelle
conversation&#xa0;; --conversation ID en poursuit une (son historique, son prompt système, ses paramètres et
son modèle s&apos;appliquent sauf s&apos;ils sont donnés). --data-dir DOSSIER (ou $LOQUAT_DATA_DIR) choisit où il est conservé.
</translation>
    </message>
    <message>
        <source>Name a command: models, chat, compare, conversations, embed or profiles.</source>
        <translation>Indiquez une commande&#xa0;: models, chat, compare, conversations, embed ou profiles.</translation>
    </message>
    <message>
        <source>Give --profile or --url, not both.</source>
        <translation>Donnez --profile ou --url, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use models, chat, compare, conversations, embed or profiles.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez models, chat, compare, conversations, embed ou profiles.</translation>
    </message>
    <message>
        <source>profiles list takes no arguments.</source>
        <translation>profiles list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>profiles %1 takes the profile&apos;s name (quote it if it has spaces).</source>
        <translation>profiles %1 attend le nom du profil (entre guillemets s&apos;il contient des espaces).</translation>
    </message>
    <message>
        <source>profiles needs list, add, remove or set-key.</source>
        <translation>profiles nécessite list, add, remove ou set-key.</translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;: use list, add, remove or set-key.</source>
        <translation>Commande profiles inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez list, add, remove ou set-key.</translation>
    </message>
    <message>
        <source>profiles add needs --url (the server&apos;s address, e.g. http://gpu-box:8000/v1).</source>
        <translation>profiles add nécessite --url (l&apos;adresse du serveur, par ex. http://gpu-box:8000/v1).</translation>
    </message>
    <message>
        <source>--url and --model belong to profiles add; profiles takes no --profile.</source>
        <translation>--url et --model s&apos;utilisent avec profiles add&#xa0;; profiles n&apos;accepte pas --profile.</translation>
    </message>
    <message>
        <source>%1 needs --model: the profile has no default model (loquat-cli models --profile NAME lists them).</source>
        <translation>%1 nécessite --model&#xa0;: le profil n&apos;a pas de modèle par défaut (loquat-cli models --profile NOM les liste).</translation>
    </message>
    <message>
        <source>
A compare lane&apos;s profile=NAME runs that lane on another server profile: its address, its
key from the OS keychain (never the environment&apos;s) and, unless model= is given, its default
model. Lanes on different servers run at the same time; one that cannot reach its server
fails alone. Example: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</source>
        <translation>
profile=NOM dans une voie de compare exécute cette voie sur un autre profil de serveur : son adresse,
sa clé issue du trousseau du système (jamais celle de l&apos;environnement) et, sans model=, son modèle
par défaut. Les voies sur des serveurs différents s&apos;exécutent en même temps ; celle qui n&apos;atteint pas
son serveur échoue seule. Exemple : --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>fichier de clés</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>Clé d&apos;API (masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot; (loquat-cli profiles list shows them).</source>
        <translation>Il n&apos;y a pas de profil de serveur nommé «&#xa0;%1&#xa0;» (loquat-cli profiles list les affiche).</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>No server profiles yet: loquat-cli profiles add NAME --url URL adds one.</source>
        <translation>Aucun profil de serveur pour le moment&#xa0;: loquat-cli profiles add NOM --url URL en ajoute un.</translation>
    </message>
    <message>
        <source>%1 %2	%3	model: %4	key: %5</source>
        <translation>%1 %2	%3	modèle&#xa0;: %4	clé&#xa0;: %5</translation>
    </message>
    <message>
        <source>(the server&apos;s first)</source>
        <translation>(le premier du serveur)</translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil de serveur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Give it a key with: loquat-cli profiles set-key &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» ajouté (%2). Donnez-lui une clé avec&#xa0;: loquat-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed: %2 The profile was kept.</source>
        <translation>La clé de «&#xa0;%1&#xa0;» n&apos;a pas pu être retirée&#xa0;: %2 Le profil a été conservé.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>«&#xa0;%1&#xa0;» et sa clé ont été supprimés.</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing changed. (To remove a key, use the profiles window in the app.)</source>
        <translation>Aucune clé n&apos;a été donnée sur l&apos;entrée standard&#xa0;; rien n&apos;a changé. (Pour retirer une clé, utilisez la fenêtre des profils dans l&apos;application.)</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored the key of &quot;%1&quot; in the %2.</source>
        <translation>Clé de «&#xa0;%1&#xa0;» enregistrée (%2).</translation>
    </message>
    <message>
        <source>%1 Going on without the profile&apos;s key.</source>
        <translation>%1 Poursuite sans la clé du profil.</translation>
    </message>
    <message>
        <source>lane %1: %2</source>
        <translation>voie %1 : %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>adapter of %1</source>
        <translation>adaptateur de %1</translation>
    </message>
    <message>
        <source>loquat-cli: could not read the prompt from standard input.
</source>
        <translation>loquat-cli&#xa0;: impossible de lire le prompt sur l&apos;entrée standard.
</translation>
    </message>
    <message>
        <source>loquat-cli: the prompt is empty.
</source>
        <translation>loquat-cli&#xa0;: le prompt est vide.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli&#xa0;: %1 Nouvelle tentative (%2) dans %3 ms.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 (&quot;%2&quot;): %3
</source>
        <translation>loquat-cli&#xa0;: voie %1 («&#xa0;%2&#xa0;»)&#xa0;: %3
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 lanes asked for; at most %2 run at once.
</source>
        <translation>loquat-cli&#xa0;: %1 voies demandées&#xa0;; au plus %2 tournent en même temps.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 done (%2)
</source>
        <translation>loquat-cli&#xa0;: voie %1 terminée (%2)
</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>(failed) %1
</source>
        <translation>(échec) %1
</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>voie</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>complétion</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>loquat-cli: cannot create a temporary folder for the images.
</source>
        <translation>loquat-cli&#xa0;: impossible de créer un dossier temporaire pour les images.
</translation>
    </message>
    <message>
        <source>Cannot attach “%1” as %2: it is a %3.</source>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;» comme %2&#xa0;: son type est %3.</translation>
    </message>
    <message>
        <source>loquat-cli: saved in conversation %1 (continue it with --conversation %1).
</source>
        <translation>loquat-cli&#xa0;: enregistré dans la conversation %1 (poursuivez-la avec --conversation %1).
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1: the profile &quot;%2&quot; was not read.
</source>
        <translation>loquat-cli : voie %1 : le profil « %2 » n&apos;a pas été lu.
</translation>
    </message>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>la clé d&apos;API du profil « %1 » n&apos;a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Lane %1</source>
        <translation>Voie %1</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>Vitesse (jetons/s)</translation>
    </message>
    <message>
        <source>Length (completion tokens)</source>
        <translation>Longueur (jetons de complétion)</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>en cours de réception</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source># Comparison</source>
        <translation># Comparaison</translation>
    </message>
    <message numerus="yes">
        <source>After %n earlier message(s).</source>
        <translation>
            <numerusform>Après %n message précédent.</numerusform>
            <numerusform>Après %n messages précédents.</numerusform>
        </translation>
    </message>
    <message>
        <source>**Prompt**</source>
        <translation>**Prompt**</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Differs from lane 1</source>
        <translation>Diffère de la voie 1</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons du prompt</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de complétion</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Model %1 at %2</source>
        <translation>Modèle %1 sur %2</translation>
    </message>
    <message>
        <source>Model %1 on profile %2 (%3)</source>
        <translation>Modèle %1 sur le profil %2 (%3)</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>Version du serveur : %1.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>Continuer dans la discussion</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Stop this lane; the others go on</source>
        <translation>Arrêter cette voie&#xa0;; les autres continuent</translation>
    </message>
    <message>
        <source>Make this answer the chat&apos;s: the conversation goes on from it</source>
        <translation>Reprendre cette réponse dans la discussion&#xa0;: la conversation continue à partir de celle-ci</translation>
    </message>
    <message>
        <source>The exact request of this lane (copy as JSON or curl, replay)</source>
        <translation>La requête exacte de cette voie (copier en JSON ou en curl, rejouer)</translation>
    </message>
    <message>
        <source>Lane %1 · %2</source>
        <translation>Voie %1 · %2</translation>
    </message>
    <message>
        <source>The reference lane</source>
        <translation>La voie de référence</translation>
    </message>
    <message>
        <source>Same settings as lane 1</source>
        <translation>Mêmes réglages que la voie 1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Diffère&#xa0;: %1</translation>
    </message>
    <message>
        <source>wall %1 ms</source>
        <translation>durée %1 ms</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>fin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: choose a model for this lane.</source>
        <translation>Non envoyé&#xa0;: choisissez un modèle pour cette voie.</translation>
    </message>
    <message>
        <source>Not sent: the lane&apos;s server has no address.</source>
        <translation>Non envoyé : le serveur de la voie n&apos;a pas d&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Speed and length</source>
        <translation>Vitesse et longueur</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>Différences mot à mot</translation>
    </message>
    <message>
        <source>Prompt to compare</source>
        <translation>Prompt à comparer</translation>
    </message>
    <message>
        <source>The prompt every lane answers (Ctrl+Enter runs)</source>
        <translation>Le prompt auquel chaque voie répond (Ctrl+Enter lance)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Send the prompt to every lane at once (Ctrl+Enter)</source>
        <translation>Envoyer le prompt à toutes les voies en même temps (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copied the comparison as Markdown.</source>
        <translation>Comparaison copiée en Markdown.</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Copied the comparison as JSON.</source>
        <translation>Comparaison copiée en JSON.</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Enregistrer en Markdown…</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter une voie</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>Balayage…</translation>
    </message>
    <message>
        <source>Make lanes from lane 1 by varying one parameter, over seeds, or by repeating</source>
        <translation>Créer des voies à partir de la voie 1 en faisant varier un paramètre, la graine, ou en répétant</translation>
    </message>
    <message numerus="yes">
        <source>After the request&apos;s %n earlier message(s)</source>
        <translation>
            <numerusform>Après %n message précédent de la requête</numerusform>
            <numerusform>Après les %n messages précédents de la requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the chat&apos;s conversation so far (%n message(s))</source>
        <translation>
            <numerusform>Après la conversation actuelle de la discussion (%n message)</numerusform>
            <numerusform>Après la conversation actuelle de la discussion (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>After the chat&apos;s conversation so far (it is empty)</source>
        <translation>Après la conversation actuelle de la discussion (elle est vide)</translation>
    </message>
    <message>
        <source>At most %1 lanes run side by side.</source>
        <translation>Au plus %1 voies tournent côte à côte.</translation>
    </message>
    <message>
        <source>A comparison has 1 to %1 lanes.</source>
        <translation>Une comparaison compte de 1 à %1 voies.</translation>
    </message>
    <message>
        <source>Lane 1 is the sweep&apos;s starting point; fix it first: %1</source>
        <translation>La voie 1 est le point de départ du balayage&#xa0;; corrigez-la d&apos;abord&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n lane(s).</source>
        <translation>
            <numerusform>%n voie créée.</numerusform>
            <numerusform>%n voies créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 lanes: remove one to add this request.</source>
        <translation>Au plus %1 voies&#xa0;: retirez-en une pour ajouter cette requête.</translation>
    </message>
    <message>
        <source>Added the request as lane %1.</source>
        <translation>Requête ajoutée comme voie %1.</translation>
    </message>
    <message>
        <source>A comparison is running: stop it first.</source>
        <translation>Une comparaison est en cours&#xa0;: arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Write the prompt first.</source>
        <translation>Écrivez d&apos;abord le prompt.</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Voie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start the comparison.</source>
        <translation>Impossible de lancer la comparaison.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s)…</source>
        <translation>
            <numerusform>Exécution de %n voie…</numerusform>
            <numerusform>Exécution de %n voies…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Done; %n lane(s) failed (the reason is on the lane).</source>
        <translation>
            <numerusform>Terminé&#xa0;; %n voie a échoué (la raison est indiquée sur la voie).</numerusform>
            <numerusform>Terminé&#xa0;; %n voies ont échoué (la raison est indiquée sur chaque voie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Comparaison enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Could not save the comparison to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la comparaison dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <source>Loading the models of %1…</source>
        <translation>Chargement des modèles de %1…</translation>
    </message>
    <message>
        <source>Lane %1: the models of %2 could not be loaded: %3</source>
        <translation>Voie %1 : les modèles de %2 n&apos;ont pas pu être chargés : %3</translation>
    </message>
    <message>
        <source>Getting the lanes&apos; servers ready…</source>
        <translation>Préparation des serveurs des voies…</translation>
    </message>
    <message>
        <source>Added the request&apos;s text as lane %1; its attachments are not sent from Compare.</source>
        <translation>Le texte de la requête a été ajouté comme voie %1 ; ses pièces jointes ne sont pas envoyées depuis Comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s) with the conversation&apos;s text; its %1 attachment(s) are not sent from Compare.</source>
        <translation>
            <numerusform>%n voie en cours avec le texte de la conversation ; ses %1 pièces jointes ne sont pas envoyées depuis Comparer.</numerusform>
            <numerusform>%n voies en cours avec le texte de la conversation ; ses %1 pièces jointes ne sont pas envoyées depuis Comparer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line, Esc to stop</source>
        <translation>Message — Enter pour envoyer, Shift+Enter pour une nouvelle ligne, Esc pour arrêter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envoie le message, Shift+Enter commence une nouvelle ligne, Esc arrête la réponse.</translation>
    </message>
    <message>
        <source>Send or stop</source>
        <translation>Envoyer ou arrêter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Enter)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach images, video or audio (or drop or paste them here)</source>
        <translation>Joindre des images, des vidéos ou de l&apos;audio (ou les déposer ou les coller ici)</translation>
    </message>
    <message>
        <source>Attach media</source>
        <translation>Joindre des médias</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>Image from the clipboard</source>
        <translation>Image du presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no image or media file.</source>
        <translation>Le presse-papiers ne contient aucune image ni aucun fichier multimédia.</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Adresse web…</translation>
    </message>
    <message>
        <source>Send images at most</source>
        <translation>Taille maximale des images envoyées</translation>
    </message>
    <message>
        <source>%1 px on the longest side</source>
        <translation>%1 px sur le côté le plus long</translation>
    </message>
    <message>
        <source>At their own size (no scaling)</source>
        <translation>À leur taille réelle (sans redimensionnement)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach images, video or audio</source>
        <translation>Joindre des images, des vidéos ou de l&apos;audio</translation>
    </message>
    <message>
        <source>Attach a web address</source>
        <translation>Joindre une adresse web</translation>
    </message>
    <message>
        <source>An http(s) address of an image, video or audio file; the server fetches it:</source>
        <translation>Une adresse http(s) d&apos;une image, d&apos;une vidéo ou d&apos;un fichier audio&#xa0;; le serveur la récupère&#xa0;:</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>Wait a moment: the attachments are still being prepared.</source>
        <translation>Patientez un instant&#xa0;: les pièces jointes sont encore en préparation.</translation>
    </message>
    <message>
        <source>Wait: the attachments are being prepared</source>
        <translation>Patientez&#xa0;: les pièces jointes sont en préparation</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>It is not JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The list is not a list of OpenAI messages.</source>
        <translation>La liste n&apos;est pas une liste de messages OpenAI.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Loquat (format version %1).</source>
        <translation>Il a été écrit par une version plus récente de Loquat (version de format %1).</translation>
    </message>
    <message>
        <source>A conversation in it has a message of unknown role.</source>
        <translation>Une de ses conversations contient un message de rôle inconnu.</translation>
    </message>
    <message>
        <source>It holds no conversations.</source>
        <translation>Il ne contient aucune conversation.</translation>
    </message>
    <message>
        <source>A message in it has an unknown role.</source>
        <translation>Un de ses messages a un rôle inconnu.</translation>
    </message>
    <message>
        <source>Its messages are not OpenAI messages.</source>
        <translation>Ses messages ne sont pas des messages OpenAI.</translation>
    </message>
    <message>
        <source>It is neither a Loquat export nor a list of OpenAI messages.</source>
        <translation>Ce n&apos;est ni un export de Loquat, ni une liste de messages OpenAI.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>Paramètres&#xa0;: `%1`</translation>
    </message>
    <message>
        <source>**System prompt**</source>
        <translation>**Prompt système**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistant · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>&gt; *Reasoning*</source>
        <translation>&gt; *Raisonnement*</translation>
    </message>
    <message>
        <source>*Tool call* `%1`</source>
        <translation>*Appel d&apos;outil* `%1`</translation>
    </message>
    <message>
        <source>*Failed: %1*</source>
        <translation>*Échec&#xa0;: %1*</translation>
    </message>
    <message>
        <source>*Stopped*</source>
        <translation>*Arrêtée*</translation>
    </message>
    <message>
        <source>*Interrupted*</source>
        <translation>*Interrompue*</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>*Attached: %1*</source>
        <translation>*Pièce jointe&#xa0;: %1*</translation>
    </message>
    <message>
        <source>*Attached: %1 (not exported: the file is no longer in the attachment store, or could not be read)*</source>
        <translation>*Pièce jointe : %1 (non exportée : le fichier n’est plus dans le stockage des pièces jointes ou n’a pas pu être lu)*</translation>
    </message>
    <message>
        <source>*Attached:* %1</source>
        <translation>*Pièce jointe :* %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Copied the code to the clipboard.</source>
        <translation>Code copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Sen&amp;d message</source>
        <translation>&amp;Envoyer le message</translation>
    </message>
    <message>
        <source>Send what is in the message field (Enter there does the same)</source>
        <translation>Envoyer le contenu du champ de message (Enter dans ce champ fait de même)</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc in the message field does the same)</source>
        <translation>Arrêter la réponse en cours de rédaction (Esc dans le champ de message fait de même)</translation>
    </message>
    <message>
        <source>&amp;Regenerate last answer</source>
        <translation>Ré&amp;générer la dernière réponse</translation>
    </message>
    <message>
        <source>Write the last answer again, keeping the old one as a version</source>
        <translation>Réécrire la dernière réponse, en gardant l&apos;ancienne comme version</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Modifier le &amp;dernier message</translation>
    </message>
    <message>
        <source>Put your last message in the message field to change and send again</source>
        <translation>Placer votre dernier message dans le champ de message pour le modifier et le renvoyer</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>J&amp;oindre…</translation>
    </message>
    <message>
        <source>Attach files, an image from the clipboard or a web address</source>
        <translation>Joindre des fichiers, une image du presse-papiers ou une adresse web</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>Open the conversation below this one in the history</source>
        <translation>Ouvrir la conversation située sous celle-ci dans l&apos;historique</translation>
    </message>
    <message>
        <source>Pre&amp;vious conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>Open the conversation above this one in the history</source>
        <translation>Ouvrir la conversation située au-dessus de celle-ci dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>A larger font in the conversation</source>
        <translation>Une police plus grande dans la conversation</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>A smaller font in the conversation</source>
        <translation>Une police plus petite dans la conversation</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Taille de texte par &amp;défaut</translation>
    </message>
    <message>
        <source>The conversation in the system&apos;s font size</source>
        <translation>La conversation dans la taille de police du système</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Éditio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Theme, conversation font size and language</source>
        <translation>Thème, taille de police de la conversation et langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Tous les raccourcis de la fenêtre</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>First lane</source>
        <translation>Première voie</translation>
    </message>
    <message>
        <source>Second lane</source>
        <translation>Deuxième voie</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Voie %1</translation>
    </message>
    <message>
        <source>%1% of the words in common</source>
        <translation>%1 % des mots en commun</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>Différences mot à mot</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>could not read standard input.</source>
        <translation>impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no column or field &quot;%2&quot; (it has: %3).</source>
        <translation>%1 n&apos;a pas de colonne ni de champ «&#xa0;%2&#xa0;» (il contient&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 holds no texts.</source>
        <translation>%1 ne contient aucun texte.</translation>
    </message>
    <message>
        <source>loquat-cli: %1
</source>
        <translation>loquat-cli&#xa0;: %1
</translation>
    </message>
    <message>
        <source>loquat-cli: a text is empty; give only texts with words in them.
</source>
        <translation>loquat-cli&#xa0;: un texte est vide&#xa0;; ne donnez que des textes contenant des mots.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli&#xa0;: %1 Nouvelle tentative (%2) dans %3 ms.
</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>text %1 (&quot;%2&quot;)</source>
        <translation>texte %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>loquat-cli: %1 was refused: %2
</source>
        <translation>loquat-cli&#xa0;: %1 a été refusé&#xa0;: %2
</translation>
    </message>
    <message>
        <source>loquat-cli: the vector of %1 holds NaN or infinity; it is left out.
</source>
        <translation>loquat-cli&#xa0;: le vecteur de %1 contient NaN ou l&apos;infini&#xa0;; il est écarté.
</translation>
    </message>
    <message>
        <source>the vector holds NaN or infinity</source>
        <translation>le vecteur contient NaN ou l&apos;infini</translation>
    </message>
</context>
<context>
    <name>EmbeddingDecoder</name>
    <message>
        <source>The vector&apos;s bytes are not a whole number of float32 values.</source>
        <translation>Les octets du vecteur ne forment pas un nombre entier de valeurs float32.</translation>
    </message>
    <message>
        <source>The vector is not valid base64.</source>
        <translation>Le vecteur n&apos;est pas du base64 valide.</translation>
    </message>
</context>
<context>
    <name>EmbeddingErrors</name>
    <message>
        <source>The server does not serve embeddings (HTTP 404 Not Found): its model is not an embedding model, or the address is wrong.</source>
        <translation>Le serveur ne fournit pas d&apos;embeddings (HTTP 404 Not Found)&#xa0;: son modèle n&apos;est pas un modèle d&apos;embeddings, ou l&apos;adresse est erronée.</translation>
    </message>
    <message>
        <source>Too long for the model (HTTP 400): %1</source>
        <translation>Trop long pour le modèle (HTTP 400)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not serve a reranker (HTTP 404 Not Found on /rerank, /v1/rerank and /score): its model is neither a cross-encoder nor an embedding model.</source>
        <translation>Le serveur ne fournit pas de reranker (HTTP 404 Not Found sur /rerank, /v1/rerank et /score)&#xa0;: son modèle n&apos;est ni un cross-encoder ni un modèle d&apos;embeddings.</translation>
    </message>
</context>
<context>
    <name>EmbeddingResponse</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The answer has no `data` list of vectors.</source>
        <translation>La réponse n&apos;a pas de liste de vecteurs `data`.</translation>
    </message>
    <message>
        <source>The server sent %1 vectors for %2 texts.</source>
        <translation>Le serveur a envoyé %1 vecteurs pour %2 textes.</translation>
    </message>
    <message>
        <source>The answer&apos;s vector indexes do not match the texts sent.</source>
        <translation>Les index des vecteurs de la réponse ne correspondent pas aux textes envoyés.</translation>
    </message>
    <message>
        <source>A vector holds something other than numbers.</source>
        <translation>Un vecteur contient autre chose que des nombres.</translation>
    </message>
    <message>
        <source>An answer item has no `embedding`.</source>
        <translation>Un élément de la réponse n&apos;a pas d&apos;`embedding`.</translation>
    </message>
    <message>
        <source>The server sent an empty vector.</source>
        <translation>Le serveur a envoyé un vecteur vide.</translation>
    </message>
    <message>
        <source>The server sent vectors of different lengths (%1 and %2).</source>
        <translation>Le serveur a envoyé des vecteurs de longueurs différentes (%1 et %2).</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetFile</name>
    <message>
        <source>This is not a Loquat embeddings set.</source>
        <translation>Ce n&apos;est pas un ensemble d&apos;embeddings Loquat.</translation>
    </message>
    <message>
        <source>The set was saved by a newer Loquat (format version %1).</source>
        <translation>L&apos;ensemble a été enregistré par une version plus récente de Loquat (version de format %1).</translation>
    </message>
    <message>
        <source>The vector of text %1 in the set is damaged.</source>
        <translation>Le vecteur du texte %1 de l&apos;ensemble est endommagé.</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetModel</name>
    <message>
        <source>Empty: left out</source>
        <translation>Vide&#xa0;: écarté</translation>
    </message>
    <message>
        <source>Unusable: the vector holds NaN or infinity</source>
        <translation>Inutilisable&#xa0;: le vecteur contient NaN ou l&apos;infini</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <source>Loquat embeddings sets (*.loquat-embeddings.json *.json)</source>
        <translation>Ensembles d&apos;embeddings Loquat (*.loquat-embeddings.json *.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB are read).</source>
        <translation>%1 est trop volumineux (%2 Mo&#xa0;; au plus %3 Mo sont lus).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (nothing was changed)</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>&amp;Truncate long texts to</source>
        <translation>&amp;Tronquer les textes longs à</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Point at a cell to read its value; click it to sort by that text.</source>
        <translation>Survolez une cellule pour lire sa valeur&#xa0;; cliquez dessus pour trier selon ce texte.</translation>
    </message>
    <message>
        <source>Embeddings status</source>
        <translation>État des embeddings</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Type or paste texts, one per line</source>
        <translation>Saisissez ou collez des textes, un par ligne</translation>
    </message>
    <message>
        <source>Add texts</source>
        <translation>Ajouter des textes</translation>
    </message>
    <message>
        <source>One text per line. Blank lines are skipped.</source>
        <translation>Un texte par ligne. Les lignes vides sont ignorées.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Colle&amp;r</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text, one text per line (Ctrl+Shift+V)</source>
        <translation>Ajouter le texte du presse-papiers, un texte par ligne (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Texts from a .txt (one per line), .csv (a column) or .jsonl (a field)</source>
        <translation>Textes d&apos;un fichier .txt (un par ligne), .csv (une colonne) ou .jsonl (un champ)</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importer des textes</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Textes (*.txt *.csv *.tsv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected texts (Delete)</source>
        <translation>Retirer les textes sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected texts up (Alt+Up)</source>
        <translation>Monter les textes sélectionnés (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected texts down (Alt+Down)</source>
        <translation>Descendre les textes sélectionnés (Alt+Down)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every text</source>
        <translation>Retirer tous les textes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a saved set of texts and vectors</source>
        <translation>Ouvrir un ensemble enregistré de textes et de vecteurs</translation>
    </message>
    <message>
        <source>Open a set</source>
        <translation>Ouvrir un ensemble</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the texts, labels and vectors to reopen later</source>
        <translation>Enregistrer les textes, les étiquettes et les vecteurs pour les rouvrir plus tard</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>Enregistrer l&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Vectors as CSV…</source>
        <translation>Vecteurs en CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Vectors as JSON…</source>
        <translation>Vecteurs en JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Vectors as NumPy .npy…</source>
        <translation>Vecteurs en NumPy .npy…</translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Similarity matrix as CSV…</source>
        <translation>Matrice de similarité en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation>Textes par requête</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>celles du modèle</translation>
    </message>
    <message>
        <source>`dimensions`: fewer dimensions from a Matryoshka model (nomic-embed, Qwen3-Embedding, ...); other models refuse it</source>
        <translation>`dimensions`&#xa0;: moins de dimensions avec un modèle Matryoshka (nomic-embed, Qwen3-Embedding, ...)&#xa0;; les autres modèles le refusent</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>the model&apos;s limit</source>
        <translation>la limite du modèle</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Truncate to tokens</source>
        <translation>Tronquer à ce nombre de jetons</translation>
    </message>
    <message>
        <source>`truncate_prompt_tokens`: cut texts that are too long instead of having the server refuse them</source>
        <translation>`truncate_prompt_tokens`&#xa0;: couper les textes trop longs au lieu de laisser le serveur les refuser</translation>
    </message>
    <message>
        <source>base64 (float32)</source>
        <translation>base64 (float32)</translation>
    </message>
    <message>
        <source>JSON numbers</source>
        <translation>Nombres JSON</translation>
    </message>
    <message>
        <source>How vectors travel: base64 is exact and about five times smaller</source>
        <translation>Comment les vecteurs sont transmis&#xa0;: base64 est exact et environ cinq fois plus compact</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>Jetons utilisés</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensions&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Li&amp;gnes&#xa0;:</translation>
    </message>
    <message>
        <source>In list order</source>
        <translation>Dans l&apos;ordre de la liste</translation>
    </message>
    <message>
        <source>Clustered (average linkage)</source>
        <translation>Regroupées (liaison moyenne)</translation>
    </message>
    <message>
        <source>By similarity to the selected text</source>
        <translation>Par similarité avec le texte sélectionné</translation>
    </message>
    <message>
        <source>Row order</source>
        <translation>Ordre des lignes</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Map (PCA)</source>
        <translation>Carte (ACP)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Texts added: %1.</source>
        <translation>Textes ajoutés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>&amp;Resume (%1 left)</source>
        <translation>&amp;Continuer (%1 restants)</translation>
    </message>
    <message>
        <source>&amp;Compute %1</source>
        <translation>&amp;Calculer %1</translation>
    </message>
    <message>
        <source>Choose a model first: enter the server&apos;s address and pick an embedding model.</source>
        <translation>Choisissez d&apos;abord un modèle&#xa0;: saisissez l&apos;adresse du serveur et choisissez un modèle d&apos;embeddings.</translation>
    </message>
    <message>
        <source>Add some texts first.</source>
        <translation>Ajoutez d&apos;abord des textes.</translation>
    </message>
    <message>
        <source>Every text has a vector.</source>
        <translation>Chaque texte a un vecteur.</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Nouvelle tentative (essai %1) dans %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Computing %1 vectors (empty texts left out: %2)…</source>
        <translation>Calcul de %1 vecteurs (textes vides écartés&#xa0;: %2)…</translation>
    </message>
    <message>
        <source>Computing %1 vectors…</source>
        <translation>Calcul de %1 vecteurs…</translation>
    </message>
    <message>
        <source>Tokens: %1 · requests: %2 · %3 s</source>
        <translation>Jetons&#xa0;: %1 · requêtes&#xa0;: %2 · %3 s</translation>
    </message>
    <message>
        <source>Requests: %1 · %2 s</source>
        <translation>Requêtes&#xa0;: %1 · %2 s</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see their status).</source>
        <translation>Refusés par le serveur&#xa0;: %1 (voir leur état).</translation>
    </message>
    <message>
        <source>Vectors holding NaN or infinity, left out of every view: %1.</source>
        <translation>Vecteurs contenant NaN ou l&apos;infini, écartés de toutes les vues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Vectors computed: %1.</source>
        <translation>Vecteurs calculés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Stopped. Texts left: %1 — Resume computes them.</source>
        <translation>Arrêté. Textes restants&#xa0;: %1 — «&#xa0;Continuer&#xa0;» les calcule.</translation>
    </message>
    <message>
        <source>%1 The finished batches are kept. Texts left: %2 — Resume computes them.</source>
        <translation>%1 Les lots terminés sont conservés. Textes restants&#xa0;: %2 — «&#xa0;Continuer&#xa0;» les calcule.</translation>
    </message>
    <message>
        <source>%1 answers embeddings of %2 dimensions.</source>
        <translation>%1 renvoie des embeddings de %2 dimensions.</translation>
    </message>
    <message>
        <source>The vectors have different lengths (computed with different settings?): compute again.</source>
        <translation>Les vecteurs ont des longueurs différentes (calculés avec des réglages différents&#xa0;?)&#xa0;: recalculez-les.</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Calculez les vecteurs pour voir à quel point les textes se ressemblent.</translation>
    </message>
    <message>
        <source>%1 texts: the similarity map is drawn for at most %2 texts. The search and the PCA map still work.</source>
        <translation>%1 textes&#xa0;: la carte de similarité n&apos;est dessinée que pour %2 textes au plus. La recherche et la carte ACP fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The PCA map is drawn for at most %1 texts.</source>
        <translation>La carte ACP n&apos;est dessinée que pour %1 textes au plus.</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Calculez les vecteurs d&apos;au moins deux textes pour les voir sur une carte.</translation>
    </message>
    <message>
        <source>Select a text in the list (or click a row of the map) to sort by similarity to it.</source>
        <translation>Sélectionnez un texte dans la liste (ou cliquez sur une ligne de la carte) pour trier par similarité avec lui.</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>Saisissez d&apos;abord une requête.</translation>
    </message>
    <message>
        <source>Compute the texts&apos; vectors to rank them by embedding similarity.</source>
        <translation>Calculez les vecteurs des textes pour les classer par similarité d&apos;embedding.</translation>
    </message>
    <message>
        <source>The vectors come from %1 at %2: choose that model again, or compute the vectors again.</source>
        <translation>Les vecteurs proviennent de %1 sur %2&#xa0;: choisissez de nouveau ce modèle, ou recalculez les vecteurs.</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>Calcul de l&apos;embedding de la requête…</translation>
    </message>
    <message>
        <source>The query&apos;s vector holds NaN or infinity.</source>
        <translation>Le vecteur de la requête contient NaN ou l&apos;infini.</translation>
    </message>
    <message>
        <source>The reranker is off.</source>
        <translation>Le reranker est désactivé.</translation>
    </message>
    <message>
        <source>The vectors have different lengths: compute again.</source>
        <translation>Les vecteurs ont des longueurs différentes&#xa0;: recalculez-les.</translation>
    </message>
    <message>
        <source>Cosine of the vectors · %1 · %2 texts</source>
        <translation>Cosinus des vecteurs · %1 · %2 textes</translation>
    </message>
    <message>
        <source>Reranking %1 texts…</source>
        <translation>Reclassement de %1 textes…</translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 jetons</translation>
    </message>
    <message>
        <source>POST %1 · %2%3</source>
        <translation>POST %1 · %2%3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Added %1 texts from %2.</source>
        <translation>%1 textes ajoutés depuis %2.</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Saved %1 texts to %2.</source>
        <translation>%1 textes enregistrés dans %2.</translation>
    </message>
    <message>
        <source>Opened %1: %2 texts, %3 with vectors.</source>
        <translation>%1 ouvert&#xa0;: %2 textes, dont %3 avec vecteurs.</translation>
    </message>
    <message>
        <source>The set could not be read.</source>
        <translation>L&apos;ensemble n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>There are no vectors to export yet.</source>
        <translation>Il n&apos;y a encore aucun vecteur à exporter.</translation>
    </message>
    <message>
        <source>The similarity matrix is still being computed; try again in a moment.</source>
        <translation>La matrice de similarité est encore en cours de calcul&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no similarity matrix for this many texts.</source>
        <translation>Il n&apos;y a pas de matrice de similarité pour autant de textes.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
    <message>
        <source>Remove the selected texts (in the list)</source>
        <translation>Retirer les textes sélectionnés (dans la liste)</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines as texts (Embeddings page)</source>
        <translation>Ajouter les lignes du presse-papiers comme textes (page Embeddings)</translation>
    </message>
    <message>
        <source>Move the selected texts up (in the list)</source>
        <translation>Monter les textes sélectionnés (dans la liste)</translation>
    </message>
    <message>
        <source>Move the selected texts down (in the list)</source>
        <translation>Descendre les textes sélectionnés (dans la liste)</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2.</source>
        <translation>Créé avec le profil %1 sur %2.</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2, which is not one of your profiles.</source>
        <translation>Créé avec le profil %1 sur %2, qui ne fait pas partie de vos profils.</translation>
    </message>
    <message>
        <source>Use the profile %1</source>
        <translation>Utiliser le profil %1</translation>
    </message>
    <message>
        <source>Its vectors answer queries only with that server&apos;s model.</source>
        <translation>Ses vecteurs ne répondent aux requêtes qu&apos;avec le modèle de ce serveur.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>%1 is not a key file Loquat wrote</source>
        <translation>%1 n&apos;est pas un fichier de clés écrit par Loquat</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Similarity map</source>
        <translation>Carte de similarité</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Calculez les vecteurs pour voir à quel point les textes se ressemblent.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No conversations yet. What you send is kept here.</source>
        <translation>Aucune conversation pour le moment. Ce que vous envoyez est conservé ici.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export all as JSON…</source>
        <translation>Tout exporter en JSON…</translation>
    </message>
    <message>
        <source>Export all as Markdown…</source>
        <translation>Tout exporter en Markdown…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>its data is damaged or incomplete</source>
        <translation>ses données sont endommagées ou incomplètes</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The first row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Importer des textes depuis %1</translation>
    </message>
    <message>
        <source>Column with the texts</source>
        <translation>Colonne contenant les textes</translation>
    </message>
    <message>
        <source>Column with the labels</source>
        <translation>Colonne contenant les étiquettes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Texts from column:</source>
        <translation>&amp;Textes de la colonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Texts from field:</source>
        <translation>&amp;Textes du champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>Éti&amp;quettes depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Lines that could not be read are left out (%1): %2</source>
        <translation>Les lignes illisibles sont écartées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 texts will be added (records with an empty text are left out).</source>
        <translation>%1 textes seront ajoutés (les enregistrements au texte vide sont écartés).</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>no HTTP status</source>
        <translation>aucun statut HTTP</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Try the keychain again</source>
        <translation>Réessayer le trousseau</translation>
    </message>
    <message>
        <source>Keep keys in a file…</source>
        <translation>Garder les clés dans un fichier…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis sur le trousseau</translation>
    </message>
    <message>
        <source>After unlocking or starting the keyring, use the OS keychain again</source>
        <translation>Après avoir déverrouillé ou démarré le trousseau, utiliser de nouveau le trousseau du système</translation>
    </message>
    <message>
        <source>Store API keys unencrypted in a file only you can read (not recommended)</source>
        <translation>Enregistrer les clés d&apos;API en clair dans un fichier que vous seul pouvez lire (déconseillé)</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: API keys are stored unencrypted in %1.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: les clés d&apos;API sont enregistrées en clair dans %1.</translation>
    </message>
    <message>
        <source>Keep API keys in a file?</source>
        <translation>Garder les clés d&apos;API dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Without a keychain, Loquat can keep API keys in a plain file in your settings folder, readable only by your user account but not encrypted: anyone who can read your files (a backup, another program you run, an administrator) can read the keys.

Keep API keys in a file?</source>
        <translation>Sans trousseau, Loquat peut garder les clés d&apos;API dans un simple fichier de votre dossier de paramètres, lisible uniquement par votre compte utilisateur mais non chiffré&#xa0;: quiconque peut lire vos fichiers (une sauvegarde, un autre programme que vous exécutez, un administrateur) peut lire les clés.

Garder les clés d&apos;API dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Keep keys in a file</source>
        <translation>Garder les clés dans un fichier</translation>
    </message>
</context>
<context>
    <name>LaneEditor</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Paramètres remplacés</translation>
    </message>
    <message>
        <source>overrides, e.g. temperature=0.9, seed=3</source>
        <translation>remplacements, par ex. temperature=0.9, seed=3</translation>
    </message>
    <message>
        <source>Sampling fields as NAME=VALUE, separated by commas; they win over the preset&apos;s. Names are vLLM&apos;s: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</source>
        <translation>Champs d&apos;échantillonnage sous la forme NOM=VALEUR, séparés par des virgules&#xa0;; ils l&apos;emportent sur ceux du préréglage. Les noms sont ceux de vLLM&#xa0;: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>Retirer cette voie</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Voie %1</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>aucun préréglage</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>The server profile this lane talks to (its address and its key); lanes on different servers run at the same time</source>
        <translation>Le profil de serveur auquel cette voie s&apos;adresse (son adresse et sa clé) ; les voies sur des serveurs différents s&apos;exécutent en même temps</translation>
    </message>
    <message>
        <source>Window&apos;s profile (%1)</source>
        <translation>Profil de la fenêtre (%1)</translation>
    </message>
    <message>
        <source>Window&apos;s profile</source>
        <translation>Profil de la fenêtre</translation>
    </message>
    <message>
        <source>Whichever profile the window uses when the comparison runs</source>
        <translation>Le profil qu&apos;utilise la fenêtre au moment où la comparaison s&apos;exécute</translation>
    </message>
</context>
<context>
    <name>LaneServers</name>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>la clé d&apos;API du profil « %1 » n&apos;a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>LaneSpec</name>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>valeurs par défaut du serveur</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>profile= needs the name of a server profile.</source>
        <translation>profile= demande le nom d&apos;un profil de serveur.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>[loquat] The server did not stop within %1 s; killing it.</source>
        <translation>[loquat] Le serveur ne s&apos;est pas arrêté en %1 s&#xa0;; il est tué.</translation>
    </message>
    <message>
        <source>The local server is already running.</source>
        <translation>Le serveur local est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Saisissez la commande qui lance le serveur, par ex. vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>La commande n&apos;a pas pu être lancée&#xa0;: %1</translation>
    </message>
    <message>
        <source>[loquat] Starting: %1</source>
        <translation>[loquat] Démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>[loquat] Stopping the server.</source>
        <translation>[loquat] Arrêt du serveur.</translation>
    </message>
    <message>
        <source>[loquat] The server stopped.</source>
        <translation>[loquat] Le serveur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The server crashed.</source>
        <translation>Le serveur a planté.</translation>
    </message>
    <message>
        <source>The server exited with status %1.</source>
        <translation>Le serveur s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>[loquat] The server is ready (%1 s after starting).</source>
        <translation>[loquat] Le serveur est prêt (%1 s après le démarrage).</translation>
    </message>
</context>
<context>
    <name>LogprobView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (logprob %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (logprob %3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loquat</source>
        <translation>Loquat</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Server health indicator</source>
        <translation>Indicateur d&apos;état du serveur</translation>
    </message>
    <message>
        <source>Last answer&apos;s figures</source>
        <translation>Chiffres de la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Nouvelle tentative (essai %1) dans %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to finish, or choose a model.</source>
        <translation>Non envoyé&#xa0;: attendez la fin de la réponse, ou choisissez un modèle.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez par exemple http://localhost:8000/v1 ou host:8000.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Choose a model first: the server has not offered one yet.</source>
        <translation>Choisissez d&apos;abord un modèle&#xa0;: le serveur n&apos;en a encore proposé aucun.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Server healthy · %1</source>
        <translation>Serveur opérationnel · %1</translation>
    </message>
    <message>
        <source>No server answers at %1</source>
        <translation>Aucun serveur ne répond à %1</translation>
    </message>
    <message>
        <source>Server at %1 is not healthy: %2</source>
        <translation>Le serveur à %1 n&apos;est pas opérationnel&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server version and load</source>
        <translation>Version et charge du serveur</translation>
    </message>
    <message>
        <source>From the server&apos;s /version and /metrics, refreshed every few seconds</source>
        <translation>D&apos;après /version et /metrics du serveur, actualisé toutes les quelques secondes</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message being edited is no longer shown; nothing was sent.</source>
        <translation>Le message en cours de modification n&apos;est plus affiché&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s API key from the keychain…</source>
        <translation>Lecture de la clé d&apos;API du serveur dans le trousseau…</translation>
    </message>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Approuver ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate your system does not trust:
%2

%3

Trust exactly this certificate for &quot;%4&quot;? Only do this if you know the server uses a self-signed certificate and this is its fingerprint. Any other certificate will still be refused.</source>
        <translation>Le serveur à %1 a présenté un certificat que votre système n&apos;approuve pas&#xa0;:
%2

%3

Approuver exactement ce certificat pour «&#xa0;%4&#xa0;»&#xa0;? Ne le faites que si vous savez que le serveur utilise un certificat auto-signé et que c&apos;est bien son empreinte. Tout autre certificat sera toujours refusé.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Afficher l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Export conversation as &amp;Markdown…</source>
        <translation>Exporter la conversation en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export conversation as &amp;JSON…</source>
        <translation>Exporter la conversation en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importer des conversations…</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliquée sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — Loquat</source>
        <translation>%1 — Loquat</translation>
    </message>
    <message>
        <source>Loquat keeps trying while it runs; nothing on screen is lost.</source>
        <translation>Loquat continue d&apos;essayer tant qu&apos;il tourne&#xa0;; rien de ce qui est à l&apos;écran n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Saving works again: everything on screen is written.</source>
        <translation>L&apos;enregistrement fonctionne de nouveau&#xa0;: tout ce qui est à l&apos;écran est écrit.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it with Esc) first.</source>
        <translation>Attendez d&apos;abord la fin de la réponse (ou arrêtez-la avec Esc).</translation>
    </message>
    <message>
        <source>Copied the message (as markdown) to the clipboard.</source>
        <translation>Message copié (en markdown) dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Editing your message: sending it starts a new version from here; the old one is kept. Esc cancels.</source>
        <translation>Modification de votre message&#xa0;: l&apos;envoyer crée une nouvelle version à partir d&apos;ici&#xa0;; l&apos;ancienne est conservée. Esc annule.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Messages can only be deleted from a kept conversation.</source>
        <translation>Les messages ne peuvent être supprimés que d&apos;une conversation conservée.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>Nothing to export yet: this conversation has no messages.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: cette conversation n&apos;a aucun message.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Click to load the image from %1</source>
        <translation>Cliquez pour charger l’image depuis %1</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Could not create the folder %1 for the attachments; nothing was exported.</source>
        <translation>Impossible de créer le dossier %1 pour les pièces jointes ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>Impossible d’écrire %1 (%2) ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>%1; nothing was exported.</source>
        <translation>%1 ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n attachment(s) in %2.</source>
        <translation>
            <numerusform>Exporté vers %1 avec %n pièce jointe dans %2.</numerusform>
            <numerusform>Exporté vers %1 avec %n pièces jointes dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) could not be copied (no longer stored): %1 — the transcript says so where they were.</source>
        <translation>
            <numerusform>%n pièce jointe n’a pas pu être copiée (plus stockée) : %1 — la transcription le signale à son emplacement.</numerusform>
            <numerusform>%n pièces jointes n’ont pas pu être copiées (plus stockées) : %1 — la transcription le signale à leur emplacement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <extracomment>Link above a code block in a chat message; copies the code to the clipboard.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Placeholder of an image in a chat message that has not been loaded.</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>(click to load the image from %1)</source>
        <extracomment>After an image&apos;s description; %1 is the image&apos;s full web address.</extracomment>
        <translation>(cliquez pour charger l’image depuis %1)</translation>
    </message>
</context>
<context>
    <name>MediaFormats</name>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>image BMP</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>vidéo MP4</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>vidéo QuickTime</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>vidéo WebM</translation>
    </message>
    <message>
        <source>Matroska video</source>
        <translation>vidéo Matroska</translation>
    </message>
    <message>
        <source>WAV audio file</source>
        <translation>fichier audio WAV</translation>
    </message>
    <message>
        <source>MP3 audio file</source>
        <translation>fichier audio MP3</translation>
    </message>
    <message>
        <source>FLAC audio file</source>
        <translation>fichier audio FLAC</translation>
    </message>
    <message>
        <source>Ogg audio file</source>
        <translation>fichier audio Ogg</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <source>Images, video and audio (%1)</source>
        <translation>Images, vidéos et audio (%1)</translation>
    </message>
    <message>
        <source>images PNG, JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG</source>
        <translation>images PNG, JPEG, WebP, GIF, BMP&#xa0;; vidéo MP4, WebM, MOV, MKV&#xa0;; audio WAV, MP3, FLAC, OGG</translation>
    </message>
</context>
<context>
    <name>MessageSection</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ Raisonnement</translation>
    </message>
    <message>
        <source>▸ Reasoning</source>
        <translation>▸ Raisonnement</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Appel d&apos;outil</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ Arrêtée</translation>
    </message>
    <message>
        <source>■ Stopped · %1</source>
        <translation>■ Arrêtée · %1</translation>
    </message>
    <message>
        <source>Interrupted: the app ended while this answer arrived</source>
        <translation>Interrompue&#xa0;: l&apos;application s&apos;est fermée pendant l&apos;arrivée de cette réponse</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>Coupée à la limite de jetons</translation>
    </message>
    <message>
        <source>Cut off at the token limit · %1</source>
        <translation>Coupée à la limite de jetons · %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilités</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses&#xa0;:</translation>
    </message>
    <message>
        <source>This answer is too long to show whole: the view shows its first %L1 characters of %L2. Copy takes all of it.</source>
        <translation>Cette réponse est trop longue pour être affichée en entier&#xa0;: la vue n&apos;en montre que les %L1 premiers caractères sur %L2. «&#xa0;Copier&#xa0;» la prend en entier.</translation>
    </message>
    <message>
        <source>The reasoning is too long to show whole: the view shows its first %L1 characters of %L2.</source>
        <translation>Le raisonnement est trop long pour être affiché en entier&#xa0;: la vue n&apos;en montre que les %L1 premiers caractères sur %L2.</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 jetons de prompt + %2 de complétion</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 jetons de complétion</translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation>%1 jetons de prompt</translation>
    </message>
</context>
<context>
    <name>ParamDiff</name>
    <message>
        <source>model: %1 → %2</source>
        <translation>modèle&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>profile: %1 → %2</source>
        <translation>profil : %1 → %2</translation>
    </message>
</context>
<context>
    <name>PcaMapView</name>
    <message>
        <source>Map of the texts (PCA)</source>
        <translation>Carte des textes (ACP)</translation>
    </message>
    <message>
        <source>Point under the pointer</source>
        <translation>Point sous le pointeur</translation>
    </message>
    <message>
        <source>Point at a dot to see its text.</source>
        <translation>Survolez un point pour voir son texte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Calculez les vecteurs d&apos;au moins deux textes pour les voir sur une carte.</translation>
    </message>
    <message>
        <source>First component (%1 % of the variance)</source>
        <translation>Première composante (%1 % de la variance)</translation>
    </message>
    <message>
        <source>Second component (%1 %)</source>
        <translation>Deuxième composante (%1 %)</translation>
    </message>
    <message>
        <source>%1 texts: point at a dot to see its text.</source>
        <translation>%1 textes&#xa0;: survolez un point pour voir son texte.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>Système suit le réglage clair ou sombre du bureau</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Conversation font size</source>
        <translation>Taille de police de la conversation</translation>
    </message>
    <message>
        <source>Also Ctrl+Plus, Ctrl+Minus and Ctrl+0 (or Ctrl+wheel) in the conversation</source>
        <translation>Également Ctrl+Plus, Ctrl+Minus et Ctrl+0 (ou Ctrl+molette) dans la conversation</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Default conversation font size</source>
        <translation>Taille de police par défaut de la conversation</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language changes when Loquat is started again.</source>
        <translation>La langue change au prochain démarrage de Loquat.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Conversation &amp;font size:</source>
        <translation>Taille de &amp;police de la conversation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Largest &amp;image:</source>
        <translation>&amp;Image la plus grande :</translation>
    </message>
    <message>
        <source>Largest image to attach, in megabytes</source>
        <translation>Plus grande image pouvant être jointe, en mégaoctets</translation>
    </message>
    <message>
        <source>Largest &amp;video:</source>
        <translation>&amp;Vidéo la plus grande :</translation>
    </message>
    <message>
        <source>Largest video to attach, in megabytes</source>
        <translation>Plus grande vidéo pouvant être jointe, en mégaoctets</translation>
    </message>
    <message>
        <source>Largest &amp;audio file:</source>
        <translation>Fichier &amp;audio le plus grand :</translation>
    </message>
    <message>
        <source>Largest audio file to attach, in megabytes</source>
        <translation>Plus grand fichier audio pouvant être joint, en mégaoctets</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Larger files are refused when attached (default %1 MB, at most %2 MB)</source>
        <translation>Les fichiers plus grands sont refusés à l’ajout (par défaut %1 Mo, au plus %2 Mo)</translation>
    </message>
    <message>
        <source>Default &amp;sizes</source>
        <translation>Tailles par dé&amp;faut</translation>
    </message>
    <message>
        <source>Default attachment size limits</source>
        <translation>Limites de taille par défaut des pièces jointes</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est un préréglage intégré&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed.</source>
        <translation>Les préréglages intégrés ne peuvent pas être renommés.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists.</source>
        <translation>Un préréglage nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted.</source>
        <translation>Les préréglages intégrés ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les préréglages dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the presets in %1: %2</source>
        <translation>Impossible de lire les préréglages de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The presets file %1 was not readable (%2); it was kept as %3.</source>
        <translation>Le fichier de préréglages %1 était illisible (%2)&#xa0;; il a été conservé sous %3.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Stop trusting it</source>
        <translation>Ne plus l&apos;approuver</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer …&quot; to this server&apos;s address only; stored in the OS keychain, never in a file</source>
        <translation>Envoyée sous la forme &quot;Authorization: Bearer …&quot; à l&apos;adresse de ce serveur uniquement&#xa0;; enregistrée dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Where the API key is kept</source>
        <translation>Où la clé d&apos;API est conservée</translation>
    </message>
    <message>
        <source>The server&apos;s first model</source>
        <translation>Le premier modèle du serveur</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>First-byte time-out</source>
        <translation>Délai d&apos;attente du premier octet</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer (queueing and prefill can take long)</source>
        <translation>Durée d&apos;attente du premier octet d&apos;une réponse (la file d&apos;attente et le préremplissage peuvent être longs)</translation>
    </message>
    <message>
        <source>Idle time-out</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <source>How long a stream may stay silent between two chunks</source>
        <translation>Durée pendant laquelle un flux peut rester silencieux entre deux fragments</translation>
    </message>
    <message>
        <source>X-Team: nlp
(one &quot;Name: value&quot; per line, sent with every request to this server only)</source>
        <translation>X-Team: nlp
(un &quot;Nom: valeur&quot; par ligne, envoyé avec chaque requête à ce serveur uniquement)</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat approuvé</translation>
    </message>
    <message>
        <source>vllm serve Qwen/Qwen3-8B --port 8001</source>
        <translation>vllm serve Qwen/Qwen3-8B --port 8001</translation>
    </message>
    <message>
        <source>Local server command</source>
        <translation>Commande du serveur local</translation>
    </message>
    <message>
        <source>Optional: the command that starts this server on this machine. The API key is passed as VLLM_API_KEY.</source>
        <translation>Facultatif&#xa0;: la commande qui lance ce serveur sur cette machine. La clé d&apos;API est transmise dans VLLM_API_KEY.</translation>
    </message>
    <message>
        <source>Local server state</source>
        <translation>État du serveur local</translation>
    </message>
    <message>
        <source>Local server log</source>
        <translation>Journal du serveur local</translation>
    </message>
    <message>
        <source>The server&apos;s output appears here once it is started.</source>
        <translation>La sortie du serveur apparaît ici une fois qu&apos;il est démarré.</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problème de profil</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Premier octet&#xa0;:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modèle par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Time-outs:</source>
        <translation>Délais d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-&amp;têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Local server:</source>
        <translation>Serveur &amp;local&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez par exemple http://localhost:8000/v1 ou host:8000.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <source>No API key. Type one to store it in the OS keychain.</source>
        <translation>Aucune clé d&apos;API. Saisissez-en une pour l&apos;enregistrer dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau du système. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this run only: the OS keychain is unavailable.</source>
        <translation>Une clé est conservée en mémoire pour cette session uniquement&#xa0;: le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>A key is stored in the unencrypted key file (the OS keychain is unavailable).</source>
        <translation>Une clé est enregistrée dans le fichier de clés non chiffré (le trousseau du système n&apos;est pas disponible).</translation>
    </message>
    <message>
        <source>This run uses the key from %1 (never stored).</source>
        <translation>Cette session utilise la clé de %1 (jamais enregistrée).</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>l&apos;environnement</translation>
    </message>
    <message>
        <source>Paste the server&apos;s --api-key</source>
        <translation>Collez la valeur --api-key du serveur</translation>
    </message>
    <message>
        <source>•••••• (stored)</source>
        <translation>•••••• (enregistrée)</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Retrait de la clé…</translation>
    </message>
    <message>
        <source>The system decides which certificates to trust.</source>
        <translation>Le système décide quels certificats approuver.</translation>
    </message>
    <message>
        <source>Also trusted: the certificate with SHA-256 %1</source>
        <translation>Également approuvé&#xa0;: le certificat dont le SHA-256 est %1</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Saisissez la commande qui lance le serveur, par ex. vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Starting — waiting for /health to answer (loading a model can take minutes)…</source>
        <translation>Démarrage — attente de la réponse de /health (le chargement d&apos;un modèle peut prendre plusieurs minutes)…</translation>
    </message>
    <message>
        <source>Running and ready.</source>
        <translation>En cours d&apos;exécution et prêt.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its API key? Conversations that used it keep their text but will ask for another server.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et sa clé d&apos;API&#xa0;? Les conversations qui l&apos;utilisaient gardent leur texte mais demanderont un autre serveur.</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Classer</translation>
    </message>
    <message>
        <source>Also rank with the server&apos;s &amp;reranker</source>
        <translation>Classer aussi a&amp;vec le reranker du serveur</translation>
    </message>
    <message>
        <source>Reranker on the embeddings server</source>
        <translation>Reranker du serveur d&apos;embeddings</translation>
    </message>
    <message>
        <source>Reranker:</source>
        <translation>Reranker&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Ranking by embedding similarity</source>
        <translation>Classement par similarité d&apos;embedding</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Embedding rank</source>
        <translation>Rang d&apos;embedding</translation>
    </message>
    <message>
        <source>Ranking by the reranker</source>
        <translation>Classement par le reranker</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Re&amp;quête&#xa0;:</translation>
    </message>
    <message>
        <source>A question or a sentence to rank every text against</source>
        <translation>Une question ou une phrase par rapport à laquelle classer chaque texte</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>POST /v1/rerank, /rerank or /score: served for cross-encoders and embedding models</source>
        <translation>POST /v1/rerank, /rerank ou /score&#xa0;: fournis pour les cross-encoders et les modèles d&apos;embeddings</translation>
    </message>
    <message>
        <source>&lt;b&gt;By embedding similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par similarité d&apos;embedding&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By the reranker&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par le reranker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a query and press Enter.</source>
        <translation>Saisissez une requête et appuyez sur Enter.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (↑%2)</source>
        <translation>%1 (↑%2)</translation>
    </message>
    <message>
        <source>%1 (↓%2)</source>
        <translation>%1 (↓%2)</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetch</name>
    <message>
        <source>it is not an image Loquat shows (PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>ce n’est pas une image que Loquat affiche (PNG, JPEG, GIF, WebP ou BMP)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>l’image est endommagée ou incomplète</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Loquat shows (at most %3 pixels on a side and %4 megapixels)</source>
        <translation>l’image fait %1×%2 pixels, plus que ce que Loquat affiche (au plus %3 pixels de côté et %4 mégapixels)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete (%1)</source>
        <translation>l’image est endommagée ou incomplète (%1)</translation>
    </message>
    <message>
        <source>only http and https images can be loaded</source>
        <translation>seules les images http et https peuvent être chargées</translation>
    </message>
    <message>
        <source>the address redirects to %1, which is not a web address</source>
        <translation>l’adresse redirige vers %1, qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>the address redirects from https to unencrypted http (%1)</source>
        <translation>l’adresse redirige de https vers http non chiffré (%1)</translation>
    </message>
    <message>
        <source>the image is %1, more than the %2 Loquat loads</source>
        <translation>l’image fait %1, plus que les %2 que Loquat charge</translation>
    </message>
    <message>
        <source>the image is larger than the %1 Loquat loads</source>
        <translation>l’image dépasse les %1 que Loquat charge</translation>
    </message>
    <message>
        <source>the server did not send it within %1 seconds</source>
        <translation>le serveur ne l’a pas envoyée en %1 secondes</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>(loading the image from %1…)</source>
        <translation>(chargement de l’image depuis %1…)</translation>
    </message>
    <message>
        <source>(could not load the image: %1. Click to try again.)</source>
        <extracomment>After an image&apos;s description; %1 is why it could not be loaded (a sentence part).</extracomment>
        <translation>(Impossible de charger l’image : %1. Cliquez pour réessayer.)</translation>
    </message>
</context>
<context>
    <name>ReplayMedia</name>
    <message>
        <source>the %1 attachment of %2 (sha256 %3…)</source>
        <translation>la pièce jointe %1 de %2 (sha256 %3…)</translation>
    </message>
    <message>
        <source>Not sent: %1 is no longer in the attachment store, so this request cannot be replayed as it was. Attach the file again and send a new message instead.</source>
        <translation>Non envoyé : %1 n’est plus dans le stockage des pièces jointes, cette requête ne peut donc pas être rejouée telle quelle. Joignez de nouveau le fichier et envoyez plutôt un nouveau message.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attachment(s) of this request, %1 among them, are no longer in the attachment store, so it cannot be replayed as it was.</source>
        <translation>
            <numerusform>Non envoyé : %n pièce jointe de cette requête, dont %1, n’est plus dans le stockage des pièces jointes ; elle ne peut donc pas être rejouée telle quelle.</numerusform>
            <numerusform>Non envoyé : %n pièces jointes de cette requête, dont %1, ne sont plus dans le stockage des pièces jointes ; elle ne peut donc pas être rejouée telle quelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (%1)</source>
        <translation>
            <numerusform>%n pièce jointe (%1)</numerusform>
            <numerusform>%n pièces jointes (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayRequest</name>
    <message>
        <source>Not sent: this request&apos;s attachments are kept in the history, which is not open.</source>
        <translation>Non envoyé : les pièces jointes de cette requête sont conservées dans l’historique, qui n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Not saved: writing %1 failed (%2). Nothing was left behind.</source>
        <translation>Non enregistré : l’écriture de %1 a échoué (%2). Rien n’a été laissé derrière.</translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the attachment “%1” is no longer stored at %2</source>
        <translation>la pièce jointe «&#xa0;%1&#xa0;» n&apos;est plus enregistrée dans %2</translation>
    </message>
    <message>
        <source>the attachment %1 is no longer stored at %2</source>
        <translation>la pièce jointe %1 n’est plus stockée à %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Replay in chat</source>
        <translation>Rejouer dans la discussion</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>Ouvrir dans Comparer</translation>
    </message>
    <message>
        <source>Request of this answer</source>
        <translation>Requête de cette réponse</translation>
    </message>
    <message>
        <source>Sent to %1. The API key is sent in a header and is not part of the body.</source>
        <translation>Envoyée à %1. La clé d&apos;API est envoyée dans un en-tête et ne fait pas partie du corps.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Send this exact request again (same parameters and seed) as a new answer</source>
        <translation>Renvoyer exactement cette requête (mêmes paramètres et même graine) pour une nouvelle réponse</translation>
    </message>
    <message>
        <source>Use this request&apos;s model and parameters as a lane in Compare</source>
        <translation>Utiliser le modèle et les paramètres de cette requête comme voie dans Comparer</translation>
    </message>
    <message>
        <source>Copied the request as JSON.</source>
        <translation>Requête copiée en JSON.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Requête copiée sous forme de commande curl.</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Enregistrer le corps complet…</translation>
    </message>
    <message>
        <source>This body shows %1 as placeholders (&lt;attachment sha256=… bytes=…&gt;) instead of their data: Copy JSON and Copy as curl copy it so. Replay sends the files themselves; Save full body… writes the body with their data, for curl.</source>
        <translation>Ce corps montre %1 sous forme d’espaces réservés (&lt;attachment sha256=… bytes=…&gt;) au lieu de leurs données : « Copier le JSON » et « Copier en curl » le copient ainsi. Rejouer envoie les fichiers eux-mêmes ; « Enregistrer le corps complet… » écrit le corps avec leurs données, pour curl.</translation>
    </message>
    <message>
        <source>Write the request body with the attachments&apos; data to a file</source>
        <translation>Écrire le corps de la requête avec les données des pièces jointes dans un fichier</translation>
    </message>
    <message>
        <source>Copied the request as JSON, with placeholders for %1 (use Save full body… for their data).</source>
        <translation>Requête copiée en JSON, avec des espaces réservés pour %1 (utilisez « Enregistrer le corps complet… » pour leurs données).</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, with placeholders for %1: the server would refuse it as it is (use Save full body… for their data).</source>
        <translation>Requête copiée en commande curl, avec des espaces réservés pour %1 : le serveur la refuserait telle quelle (utilisez « Enregistrer le corps complet… » pour leurs données).</translation>
    </message>
    <message>
        <source>Server version: not reported by the server</source>
        <translation>Version du serveur : non indiquée par le serveur</translation>
    </message>
    <message>
        <source>Server: vLLM %1</source>
        <translation>Serveur : vLLM %1</translation>
    </message>
    <message>
        <source>Answered by %1 · %2</source>
        <translation>Répondu par %1 · %2</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>the answer has no `results`</source>
        <translation>la réponse n&apos;a pas de `results`</translation>
    </message>
    <message>
        <source>the answer has no `data`</source>
        <translation>la réponse n&apos;a pas de `data`</translation>
    </message>
    <message>
        <source>a score does not match a document</source>
        <translation>un score ne correspond à aucun document</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>&amp;Sampling parameters</source>
        <translation>Paramètres d&apos;é&amp;chantillonnage</translation>
    </message>
    <message>
        <source>Show or hide the sampling parameters</source>
        <translation>Afficher ou masquer les paramètres d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>(your next message)</source>
        <translation>(votre prochain message)</translation>
    </message>
    <message>
        <source>fix the sampling parameters first: %1</source>
        <translation>corrigez d&apos;abord les paramètres d&apos;échantillonnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not replayed: wait for the answer to finish.</source>
        <translation>Non rejouée&#xa0;: attendez la fin de la réponse.</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilités des jetons</translation>
    </message>
    <message>
        <source>Each token is shaded by its probability: red where the model was unsure, green where it was sure. Hover a token for the alternatives.</source>
        <translation>Chaque jeton est coloré selon sa probabilité&#xa0;: en rouge là où le modèle hésitait, en vert là où il était sûr. Survolez un jeton pour voir les alternatives.</translation>
    </message>
    <message>
        <source>This answer&apos;s request could not be read from the history.</source>
        <translation>La requête de cette réponse n’a pas pu être lue dans l’historique.</translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation>Requête non envoyée</translation>
    </message>
    <message>
        <source>Save the full request body</source>
        <translation>Enregistrer le corps complet de la requête</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the full request body to %1; a curl command that sends it is on the clipboard.</source>
        <translation>Corps complet de la requête enregistré dans %1 ; une commande curl qui l’envoie est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>SamplingFieldEditor</name>
    <message>
        <source>Ticked: sent as set here. Unticked: the server&apos;s default.</source>
        <translation>Coché&#xa0;: envoyé tel que réglé ici. Décoché&#xa0;: valeur par défaut du serveur.</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default (not sent)</source>
        <translation>Revenir à la valeur par défaut du serveur (non envoyée)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Réinitialiser %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>défaut du serveur</translation>
    </message>
    <message>
        <source>server default: %1</source>
        <translation>défaut du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>one per line; \n is a newline</source>
        <translation>une par ligne&#xa0;; \n est un saut de ligne</translation>
    </message>
    <message>
        <source>Enter a value, or untick to use the server&apos;s default.</source>
        <translation>Saisissez une valeur, ou décochez pour utiliser la valeur par défaut du serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de jeton.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON non valide à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A schema is a JSON object ({…}).</source>
        <translation>Un schéma est un objet JSON ({…}).</translation>
    </message>
</context>
<context>
    <name>SamplingFields</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>How random the next token is: 0 always takes the most likely token (greedy), higher values spread the choice over more tokens.</source>
        <translation>Degré d&apos;aléatoire du prochain jeton&#xa0;: 0 prend toujours le jeton le plus probable (glouton), des valeurs plus élevées répartissent le choix sur davantage de jetons.</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to p are candidates. 1 keeps every token.</source>
        <translation>Échantillonnage par noyau&#xa0;: seuls les jetons les plus probables dont les probabilités totalisent p sont candidats. 1 garde tous les jetons.</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only the k most likely tokens are candidates. 0 or -1 turns the limit off.</source>
        <translation>Seuls les k jetons les plus probables sont candidats. 0 ou -1 désactive la limite.</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Drops tokens less likely than min_p times the most likely token&apos;s probability. 0 turns it off.</source>
        <translation>Écarte les jetons moins probables que min_p fois la probabilité du jeton le plus probable. 0 le désactive.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seeds the sampler: the same seed, prompt and parameters give the same answer. Without it every answer is drawn afresh.</source>
        <translation>Initialise l&apos;échantillonneur&#xa0;: la même graine, le même prompt et les mêmes paramètres donnent la même réponse. Sans elle, chaque réponse est tirée à nouveau.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max</translation>
    </message>
    <message>
        <source>The most tokens the answer may have (reasoning included). Sent as max_completion_tokens (max_tokens to llama.cpp). Prompt plus this must fit the model&apos;s context.</source>
        <translation>Nombre maximal de jetons de la réponse (raisonnement compris). Envoyé comme max_completion_tokens (max_tokens pour llama.cpp). Le prompt plus cette valeur doit tenir dans le contexte du modèle.</translation>
    </message>
    <message>
        <source>Min tokens</source>
        <translation>Jetons min</translation>
    </message>
    <message>
        <source>The answer is not allowed to end (EOS or stop) before this many tokens.</source>
        <translation>La réponse ne peut pas se terminer (EOS ou stop) avant ce nombre de jetons.</translation>
    </message>
    <message>
        <source>Ignore end of sequence</source>
        <translation>Ignorer la fin de séquence</translation>
    </message>
    <message>
        <source>Keeps generating after the model&apos;s end-of-sequence token, up to the token limit (for benchmarks).</source>
        <translation>Continue la génération après le jeton de fin de séquence du modèle, jusqu&apos;à la limite de jetons (pour les benchmarks).</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging towards new topics; negative values encourage repeating them.</source>
        <translation>Les valeurs positives pénalisent les jetons déjà apparus, ce qui pousse vers de nouveaux sujets&#xa0;; les valeurs négatives encouragent leur répétition.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>Like presence penalty, but growing with how often a token appeared.</source>
        <translation>Comme la pénalité de présence, mais croissant avec le nombre d&apos;apparitions d&apos;un jeton.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Multiplies down tokens from the prompt and the answer so far: above 1 repeats less, below 1 more. 1 turns it off.</source>
        <translation>Réduit par multiplication les jetons du prompt et de la réponse en cours&#xa0;: au-dessus de 1, moins de répétitions&#xa0;; en dessous de 1, davantage. 1 la désactive.</translation>
    </message>
    <message>
        <source>Stop strings</source>
        <translation>Chaînes d&apos;arrêt</translation>
    </message>
    <message>
        <source>The answer ends where one of these strings would appear (the string itself is not included). One per line; none may be empty.</source>
        <translation>La réponse s&apos;arrête là où l&apos;une de ces chaînes apparaîtrait (la chaîne elle-même n&apos;est pas incluse). Une par ligne&#xa0;; aucune ne peut être vide.</translation>
    </message>
    <message>
        <source>Stop token ids</source>
        <translation>Identifiants de jetons d&apos;arrêt</translation>
    </message>
    <message>
        <source>The answer ends after any of these token ids. Separate them with commas or spaces.</source>
        <translation>La réponse s&apos;arrête après l&apos;un de ces identifiants de jetons. Séparez-les par des virgules ou des espaces.</translation>
    </message>
    <message>
        <source>Skip special tokens</source>
        <translation>Omettre les jetons spéciaux</translation>
    </message>
    <message>
        <source>Leaves special tokens (such as &lt;|im_end|&gt;) out of the text. Turn it off to see them.</source>
        <translation>Retire les jetons spéciaux (comme &lt;|im_end|&gt;) du texte. Désactivez cette option pour les voir.</translation>
    </message>
    <message>
        <source>Include stop string</source>
        <translation>Inclure la chaîne d&apos;arrêt</translation>
    </message>
    <message>
        <source>Keeps the matched stop string at the end of the answer.</source>
        <translation>Garde la chaîne d&apos;arrêt trouvée à la fin de la réponse.</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Réponses (n)</translation>
    </message>
    <message>
        <source>How many alternative answers to sample for the same prompt; shown as tabs. More than 1 needs a temperature above 0.</source>
        <translation>Nombre de réponses alternatives à échantillonner pour le même prompt&#xa0;; affichées sous forme d&apos;onglets. Plus de 1 nécessite une température supérieure à 0.</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log-probabilités</translation>
    </message>
    <message>
        <source>Returns each answer token&apos;s log probability, so the answer can be shaded by how sure the model was.</source>
        <translation>Renvoie la log-probabilité de chaque jeton de la réponse, pour colorer la réponse selon l&apos;assurance du modèle.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Meilleures alternatives</translation>
    </message>
    <message>
        <source>For each token, also return this many most likely alternatives (shown on hover). Needs log probabilities on; the server allows at most 20 unless started with a larger --max-logprobs.</source>
        <translation>Pour chaque jeton, renvoie aussi ce nombre d&apos;alternatives les plus probables (affichées au survol). Nécessite les log-probabilités&#xa0;; le serveur en autorise au plus 20, sauf s&apos;il a été lancé avec un --max-logprobs plus grand.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>Constrains the answer to JSON matching this schema (structured_outputs.json). Only one of schema, regex and choice can be used.</source>
        <translation>Contraint la réponse à du JSON conforme à ce schéma (structured_outputs.json). Un seul parmi schéma, expression régulière et choix peut être utilisé.</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Constrains the answer to text matching this regular expression (structured_outputs.regex).</source>
        <translation>Contraint la réponse à un texte correspondant à cette expression régulière (structured_outputs.regex).</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>The answer is exactly one of these strings (structured_outputs.choice). One per line.</source>
        <translation>La réponse est exactement l&apos;une de ces chaînes (structured_outputs.choice). Une par ligne.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>For reasoning models whose chat template reads enable_thinking (Qwen3 and others): off answers without thinking first.</source>
        <translation>Pour les modèles de raisonnement dont le template de chat lit enable_thinking (Qwen3 et d&apos;autres)&#xa0;: désactivé, le modèle répond sans réfléchir d&apos;abord.</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering, passed to the chat template (gpt-oss and others). Older servers accept only low, medium and high.</source>
        <translation>Combien un modèle de raisonnement réfléchit avant de répondre, transmis au template de chat (gpt-oss et d&apos;autres). Les serveurs plus anciens n&apos;acceptent que low, medium et high.</translation>
    </message>
    <message>
        <source>%1: the schema nests too deeply.</source>
        <translation>%1&#xa0;: le schéma est trop profondément imbriqué.</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be one of %2, not %3.</source>
        <translation>%1&#xa0;: &quot;type&quot; doit être l&apos;un de %2, et non %3.</translation>
    </message>
    <message>
        <source>%1: &quot;properties&quot; must be an object.</source>
        <translation>%1&#xa0;: &quot;properties&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>%1: &quot;required&quot; must be a list of property names.</source>
        <translation>%1&#xa0;: &quot;required&quot; doit être une liste de noms de propriétés.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty list of schemas.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être une liste non vide de schémas.</translation>
    </message>
    <message>
        <source>%1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>%1&#xa0;: &quot;enum&quot; doit être une liste non vide.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un nombre.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number, 0 or more.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not a valid regular expression.</source>
        <translation>%1&#xa0;: &quot;pattern&quot; n&apos;est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>%1: a schema must be an object.</source>
        <translation>%1&#xa0;: un schéma doit être un objet.</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valeurs valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: the server uses %1.</source>
        <translation>Non envoyé&#xa0;: le serveur utilise %1.</translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Stopping and tokens</source>
        <translation>Arrêt et jetons</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilités des jetons</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>Sortie structurée</translation>
    </message>
    <message>
        <source>Reasoning models</source>
        <translation>Modèles de raisonnement</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be in %2, not %3.</source>
        <translation>%1 doit être dans %2, et non %3.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 doit être %2, et non %3.</translation>
    </message>
    <message>
        <source>%1 must be on or off.</source>
        <translation>%1 doit être activé ou désactivé.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit être l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>%1 must be a list of strings.</source>
        <translation>%1 doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 nécessite au moins une entrée.</translation>
    </message>
    <message>
        <source>%1 cannot contain an empty string.</source>
        <translation>%1 ne peut pas contenir de chaîne vide.</translation>
    </message>
    <message>
        <source>%1 must be a list of token ids.</source>
        <translation>%1 doit être une liste d&apos;identifiants de jetons.</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, 0 or more.</source>
        <translation>%1 doit contenir des nombres entiers positifs ou nuls.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 (at character %3).</source>
        <translation>%1 n&apos;est pas valide&#xa0;: %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Top alternatives need log probabilities turned on.</source>
        <translation>Les meilleures alternatives nécessitent que les log-probabilités soient activées.</translation>
    </message>
    <message>
        <source>More than one answer needs a temperature above 0 (0 always picks the same tokens).</source>
        <translation>Plus d&apos;une réponse nécessite une température supérieure à 0 (0 choisit toujours les mêmes jetons).</translation>
    </message>
    <message>
        <source>Min tokens (%1) cannot be more than max tokens (%2).</source>
        <translation>Jetons min (%1) ne peut pas dépasser jetons max (%2).</translation>
    </message>
    <message>
        <source>Use only one kind of structured output: a JSON schema, a regular expression or a choice.</source>
        <translation>N&apos;utilisez qu&apos;un seul type de sortie structurée&#xa0;: un schéma JSON, une expression régulière ou un choix.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 doit être true ou false, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be JSON, not &quot;%2&quot;.</source>
        <translation>%1 doit être du JSON, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Apply a preset: its fields replace the form&apos;s.</source>
        <translation>Appliquer un préréglage&#xa0;: ses champs remplacent ceux du formulaire.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the form as a preset of your own</source>
        <translation>Enregistrer le formulaire comme préréglage personnel</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Every field back to the server&apos;s default</source>
        <translation>Remettre chaque champ à la valeur par défaut du serveur</translation>
    </message>
    <message>
        <source>Start this model with this preset</source>
        <translation>Utiliser ce préréglage par défaut pour ce modèle</translation>
    </message>
    <message>
        <source>Advanced JSON and the request</source>
        <translation>JSON avancé et requête</translation>
    </message>
    <message>
        <source>Fields the form does not have (logit_bias, priority, bad_words, …) as a JSON object; they are merged into the request.</source>
        <translation>Champs absents du formulaire (logit_bias, priority, bad_words, …) sous forme d&apos;objet JSON&#xa0;; ils sont fusionnés dans la requête.</translation>
    </message>
    <message>
        <source>Advanced JSON</source>
        <translation>JSON avancé</translation>
    </message>
    <message>
        <source>Request body (the API key travels in a header and is never shown):</source>
        <translation>Corps de la requête (la clé d&apos;API voyage dans un en-tête et n&apos;est jamais affichée)&#xa0;:</translation>
    </message>
    <message>
        <source>Request body preview</source>
        <translation>Aperçu du corps de la requête</translation>
    </message>
    <message>
        <source>Advanced JSON is not valid JSON: %1 (at character %2).</source>
        <translation>Le JSON avancé n&apos;est pas du JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>Advanced JSON must be one object: {&quot;field&quot;: value, …}.</source>
        <translation>Le JSON avancé doit être un seul objet&#xa0;: {&quot;field&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Advanced JSON cannot set &quot;%1&quot;: the app sets it.</source>
        <translation>Le JSON avancé ne peut pas définir «&#xa0;%1&#xa0;»&#xa0;: l&apos;application le définit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of the form above; set it there.</source>
        <translation>«&#xa0;%1&#xa0;» est un champ du formulaire ci-dessus&#xa0;; réglez-le là.</translation>
    </message>
    <message>
        <source>Not sendable: %1</source>
        <translation>Impossible à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything is left to the server&apos;s defaults.</source>
        <translation>Tout est laissé aux valeurs par défaut du serveur.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(personnalisé)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>Start %1 with this preset</source>
        <translation>Utiliser ce préréglage par défaut pour %1</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>L&apos;URL de base OpenAI du serveur&#xa0;; «&#xa0;host:8000&#xa0;» est complété automatiquement. Enter connecte.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Se reconnecter et recharger les modèles</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualiser les modèles</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>Afficher le prompt système</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation, e.g. &quot;Answer briefly.&quot;</source>
        <translation>Instructions facultatives envoyées avant la conversation, par ex. «&#xa0;Réponds brièvement.&#xa0;»</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Problème d&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>Masquer le prompt système</translation>
    </message>
    <message>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 jetons</translation>
    </message>
    <message>
        <source>LoRA adapter of %1</source>
        <translation>Adaptateur LoRA de %1</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>The server profile in use; pick another to switch servers</source>
        <translation>Le profil de serveur utilisé&#xa0;; choisissez-en un autre pour changer de serveur</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profils…</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete server profiles (API keys, time-outs, headers, certificates, a local vLLM)</source>
        <translation>Ajouter, modifier, dupliquer ou supprimer des profils de serveur (clés d&apos;API, délais d&apos;attente, en-têtes, certificats, un vLLM local)</translation>
    </message>
    <message>
        <source>Manage server profiles</source>
        <translation>Gérer les profils de serveur</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
    <message>
        <source>The server profile this refers to no longer exists.</source>
        <translation>Le profil de serveur auquel ceci fait référence n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ServerInsight</name>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>KV cache %1 %</source>
        <translation>Cache KV %1 %</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Start the simulator to try Loquat</source>
        <translation>Démarrez le simulateur pour essayer Loquat</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>Start the simulator</source>
        <translation>Démarrer le simulateur</translation>
    </message>
    <message>
        <source>Starts loquat-sim, a local stand-in for vLLM with deterministic answers</source>
        <translation>Démarre loquat-sim, un substitut local de vLLM aux réponses déterministes</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there, enter another address above, or try Loquat with the bundled simulator.</source>
        <translation>Aucun serveur ne répond à %1. Démarrez vLLM à cette adresse, saisissez une autre adresse ci-dessus, ou essayez Loquat avec le simulateur fourni.</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there or enter another address above.</source>
        <translation>Aucun serveur ne répond à %1. Démarrez vLLM à cette adresse ou saisissez une autre adresse ci-dessus.</translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation>Démarrage du simulateur…</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>L&apos;utiliser</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Approuver ce certificat…</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Saves it as a server profile and connects</source>
        <translation>L&apos;enregistre comme profil de serveur et s&apos;y connecte</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Ajouter un profil de serveur</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>Shows the certificate and lets you trust exactly this one for this server</source>
        <translation>Affiche le certificat et vous permet d&apos;approuver exactement celui-ci pour ce serveur</translation>
    </message>
    <message>
        <source>A server answers at %1. Use it, add another server, or try the simulator.</source>
        <translation>Un serveur répond à %1. Utilisez-le, ajoutez un autre serveur, ou essayez le simulateur.</translation>
    </message>
    <message>
        <source>A server answers at %1 (%2). Use it, add another server, or try the simulator.</source>
        <translation>Un serveur répond à %1 (%2). Utilisez-le, ajoutez un autre serveur, ou essayez le simulateur.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>L&apos;URL de base OpenAI du serveur&#xa0;; «&#xa0;host:8000&#xa0;» est complété automatiquement. Enter connecte.</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Se reconnecter et recharger les modèles</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualiser les modèles</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez par exemple http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>One of your server profiles (its address and its key from the OS keychain), or another address</source>
        <translation>L&apos;un de vos profils de serveur (son adresse et sa clé issue du trousseau du système), ou une autre adresse</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <source>A server that is none of your profiles: type its address</source>
        <translation>Un serveur qui n&apos;est aucun de vos profils : saisissez son adresse</translation>
    </message>
    <message>
        <source>The address of the profile %1 (edit it in Profiles…)</source>
        <translation>L&apos;adresse du profil %1 (modifiable dans Profils…)</translation>
    </message>
    <message>
        <source>The profile&apos;s API key could not be read: %1</source>
        <translation>La clé d&apos;API du profil n&apos;a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Time-outs must be at least one second.</source>
        <translation>Les délais d&apos;attente doivent être d&apos;au moins une seconde.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be set here; put an API key in the API key field.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» ne peut pas être défini ici&#xa0;; mettez la clé d&apos;API dans le champ Clé d&apos;API.</translation>
    </message>
    <message>
        <source>Remove --api-key from the command: put the key in the API key field and Loquat passes it to vLLM as VLLM_API_KEY, so it is never saved in plain text.</source>
        <translation>Retirez --api-key de la commande&#xa0;: mettez la clé dans le champ Clé d&apos;API et Loquat la transmet à vLLM dans VLLM_API_KEY, pour qu&apos;elle ne soit jamais enregistrée en clair.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header line (Name: value, ASCII only).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne d&apos;en-tête (Nom: valeur, ASCII uniquement).</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Filtrer par nom ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter sends and Shift+Enter starts a new line in the message field; Esc stops an answer or cancels an edit. Tab moves between controls.</source>
        <translation>Dans le champ de message, Enter envoie et Shift+Enter commence une nouvelle ligne&#xa0;; Esc arrête une réponse ou annule une modification. Tab passe d&apos;un contrôle à l&apos;autre.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SimulatorLauncher</name>
    <message>
        <source>The simulator (loquat-sim) was not found next to Loquat.</source>
        <translation>Le simulateur (loquat-sim) est introuvable à côté de Loquat.</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>Le simulateur n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The simulator ended before it was ready.</source>
        <translation>Le simulateur s&apos;est arrêté avant d&apos;être prêt.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 est endommagé et n&apos;a pas pu être mis de côté</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>schema version %1; this Loquat knows up to %2</source>
        <translation>version de schéma %1&#xa0;; cette version de Loquat connaît au plus la %2</translation>
    </message>
    <message>
        <source>%1 needs updating but cannot be written</source>
        <translation>%1 doit être mis à jour mais ne peut pas être écrit</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full: the conversation is kept on screen but cannot be saved until space is freed.</source>
        <translation>Le disque est plein&#xa0;: la conversation reste à l&apos;écran mais ne peut pas être enregistrée tant que de l&apos;espace n&apos;est pas libéré.</translation>
    </message>
    <message>
        <source>The history cannot be written (the file or its folder is read-only): new messages are not saved.</source>
        <translation>L&apos;historique ne peut pas être écrit (le fichier ou son dossier est en lecture seule)&#xa0;: les nouveaux messages ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>Le fichier d&apos;historique est endommagé.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Loquat: it is shown read-only and nothing in it is changed.</source>
        <translation>L&apos;historique a été écrit par une version plus récente de Loquat&#xa0;: il est affiché en lecture seule et rien n&apos;y est modifié.</translation>
    </message>
    <message>
        <source>The history is busy in another program; the change will be tried again.</source>
        <translation>L&apos;historique est utilisé par un autre programme&#xa0;; la modification sera retentée.</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Full-text search is not available (this SQLite has no FTS5): search matches plain text instead, more slowly and without ranking.</source>
        <translation>La recherche plein texte n&apos;est pas disponible (ce SQLite n&apos;a pas FTS5)&#xa0;: la recherche porte sur le texte brut, plus lentement et sans classement.</translation>
    </message>
    <message>
        <source>That conversation is not in the history.</source>
        <translation>Cette conversation n&apos;est pas dans l&apos;historique.</translation>
    </message>
    <message>
        <source>That is not a conversation Loquat can import.</source>
        <translation>Ce n&apos;est pas une conversation que Loquat peut importer.</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>L&apos;historique n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>The history file was damaged. It was kept as %1 and a new history was started.</source>
        <translation>Le fichier d&apos;historique était endommagé. Il a été conservé sous %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history could not be opened (%1): conversations are not saved.</source>
        <translation>L&apos;historique n&apos;a pas pu être ouvert (%1)&#xa0;: les conversations ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>StreamedBody</name>
    <message>
        <source>the attachment %1 could not be read whole</source>
        <translation>la pièce jointe %1 n&apos;a pas pu être lue entièrement</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Choose the parameter to vary.</source>
        <translation>Choisissez le paramètre à faire varier.</translation>
    </message>
    <message>
        <source>A range is start:stop:step with numbers, stop ≥ start and a step above 0, like 0:1.2:0.4.</source>
        <translation>Une plage a la forme début:fin:pas avec des nombres, fin ≥ début et un pas supérieur à 0, par ex. 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>That range makes %1 values; at most %2 are allowed.</source>
        <translation>Cette plage donne %1 valeurs&#xa0;; au plus %2 sont autorisées.</translation>
    </message>
    <message>
        <source>Enter the values to try, like 0, 0.4, 0.8 or 0:1.2:0.4.</source>
        <translation>Saisissez les valeurs à essayer, par ex. 0, 0.4, 0.8 ou 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>At most %1 values are allowed.</source>
        <translation>Au plus %1 valeurs sont autorisées.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>A list (0, 0.4, 0.8) or a range start:stop:step (0:1.2:0.4). For seeds: 1:4:1.</source>
        <translation>Une liste (0, 0.4, 0.8) ou une plage début:fin:pas (0:1.2:0.4). Pour les graines&#xa0;: 1:4:1.</translation>
    </message>
    <message>
        <source>Run every lane this many times to see how much the answers vary</source>
        <translation>Exécuter chaque voie ce nombre de fois pour voir à quel point les réponses varient</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Faire varier</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Repeat each</source>
        <translation>Répéter chaque voie</translation>
    </message>
    <message>
        <source>Make lanes</source>
        <translation>Créer les voies</translation>
    </message>
    <message>
        <source>That makes %1 lanes; at most %2 run side by side.</source>
        <translation>Cela fait %1 voies&#xa0;; au plus %2 tournent côte à côte.</translation>
    </message>
    <message numerus="yes">
        <source>Makes %n lane(s).</source>
        <translation>
            <numerusform>Crée %n voie.</numerusform>
            <numerusform>Crée %n voies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field (a missing closing quote).</source>
        <translation>Le fichier CSV se termine au milieu d&apos;un champ entre guillemets (un guillemet fermant manque).</translation>
    </message>
    <message>
        <source>The CSV file holds no records.</source>
        <translation>Le fichier CSV ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>La ligne %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>Le fichier ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>No line of the file is a JSON object.</source>
        <translation>Aucune ligne du fichier n&apos;est un objet JSON.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Names: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>Délivré à&#xa0;: %1
Délivré par&#xa0;: %2
Noms&#xa0;: %3
Valide du %4 au %5
SHA-256&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>TokenBudgetLabel</name>
    <message>
        <source>Prompt size</source>
        <translation>Taille du prompt</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens and the answer may take %2, but the model holds %3. Shorten the message, lower max_tokens or start a new chat.</source>
        <translation>Ne tiendra pas&#xa0;: le prompt occupe %1 jetons et la réponse peut en occuper %2, mais le modèle en contient %3. Raccourcissez le message, baissez max_tokens ou commencez une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens but the model holds %2. Shorten the message or start a new chat.</source>
        <translation>Ne tiendra pas&#xa0;: le prompt occupe %1 jetons mais le modèle en contient %2. Raccourcissez le message ou commencez une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Prompt: %1 of %2 tokens</source>
        <translation>Prompt&#xa0;: %1 jetons sur %2</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens</source>
        <translation>Prompt&#xa0;: %1 jetons</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for vLLM servers.</source>
        <translation>Un client de bureau pour les serveurs vLLM.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Keep the history in DIR (default: $LOQUAT_DATA_DIR, else the platform&apos;s data folder; loquat-cli uses the same).</source>
        <translation>Conserver l&apos;historique dans DIR (par défaut&#xa0;: $LOQUAT_DATA_DIR, sinon le dossier de données de la plateforme&#xa0;; loquat-cli utilise le même).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
</context>
</TS>
