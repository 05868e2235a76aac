<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the server at its address: nothing is listening (is vLLM running, or still loading the model?).</source>
        <translation>Keine Verbindung zum Server unter seiner Adresse: Dort lauscht nichts (läuft vLLM, oder wird das Modell noch geladen?).</translation>
    </message>
    <message>
        <source>Could not find the server: the host name does not resolve.</source>
        <translation>Der Server wurde nicht gefunden: Der Hostname lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>Der Server hat nicht rechtzeitig zu antworten begonnen.</translation>
    </message>
    <message>
        <source>The server stopped sending for too long; the answer so far is kept.</source>
        <translation>Der Server hat zu lange nichts mehr gesendet; die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401).</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): %1</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (HTTP 401): %1</translation>
    </message>
    <message>
        <source>The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?</source>
        <translation>Der Server bietet diesen Endpunkt nicht an (HTTP 404): falsche Basis-URL oder kein Chat-Modell?</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context (HTTP 400): %1</source>
        <translation>Die Unterhaltung ist zu lang für den Kontext des Modells (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation>Der Server konnte nicht antworten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1): %2</source>
        <translation>Der Server konnte nicht antworten (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>Der Server hat beim Antworten einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The server reported an error while answering: %1</source>
        <translation>Der Server hat beim Antworten einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The connection ended before the answer was complete.</source>
        <translation>Die Verbindung wurde beendet, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Loquat nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die Loquat nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Netzwerkfehler.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the server redirected too many times (a redirect loop?)</source>
        <translation>der Server hat zu oft weitergeleitet (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>der Server hat an eine unsichere (http-)Adresse weitergeleitet</translation>
    </message>
    <message>
        <source>not a chat completion chunk: %1</source>
        <translation>kein Chat-Completion-Chunk: %1</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the one trusted for this server: %1</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem für diesen Server vertraut wird: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>the server redirected %1; Loquat does not follow it</source>
        <translation>Weiterleitung durch den Server %1; Loquat folgt ihr nicht</translation>
    </message>
    <message>
        <source>with HTTP %1</source>
        <translation>mit HTTP %1</translation>
    </message>
    <message>
        <source>(HTTP %1) without a usable address</source>
        <translation>(HTTP %1) ohne verwendbare Adresse</translation>
    </message>
    <message>
        <source>to a %1: address</source>
        <translation>an eine %1:-Adresse</translation>
    </message>
    <message>
        <source>from https to an insecure http address (%1)</source>
        <translation>von https an eine unsichere http-Adresse (%1)</translation>
    </message>
</context>
<context>
    <name>ApiKeyVault</name>
    <message>
        <source>no answer from the keychain service</source>
        <translation>keine Antwort vom Schlüsselbunddienst</translation>
    </message>
    <message>
        <source>Access to the OS keychain was refused (%1). API keys are kept in memory for this run only.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). API-Schlüssel werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1). API keys are kept in memory for this run only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). API-Schlüssel werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>Die Schlüsseldatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key could not be written to the key file (%1); it is kept in memory for this run only.</source>
        <translation>Der Schlüssel konnte nicht in die Schlüsseldatei geschrieben werden (%1); er wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The key could not be removed from the key file: %1</source>
        <translation>Der Schlüssel konnte nicht aus der Schlüsseldatei entfernt werden: %1</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Anhang %1 entfernen</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>web reference (the server fetches it)</source>
        <translation>Webverweis (der Server ruft ihn ab)</translation>
    </message>
    <message>
        <source>(scaled from %1×%2)</source>
        <translation>(skaliert von %1×%2)</translation>
    </message>
    <message>
        <source>%1 — click to preview</source>
        <translation>%1 — für eine Vorschau klicken</translation>
    </message>
    <message>
        <source>🔗 link</source>
        <translation>🔗 Link</translation>
    </message>
</context>
<context>
    <name>AttachmentPreparer</name>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>eine Audiodatei</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2.</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence fragment)</extracomment>
        <translation>„%1“ kann nicht angehängt werden: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the name says it is a %1, but its content is not</source>
        <translation>laut Name ist es vom Typ %1, der Inhalt aber nicht</translation>
    </message>
    <message>
        <source>it is not a file Loquat can send (%1)</source>
        <translation>es ist keine Datei, die Loquat senden kann (%1)</translation>
    </message>
    <message>
        <source>the name says it is a %1, but it is a %2</source>
        <translation>laut Name ist es vom Typ %1, tatsächlich aber vom Typ %2</translation>
    </message>
    <message>
        <source>it is %1, and the limit for %2 is %3</source>
        <translation>sie ist %1 groß, und die Grenze für %2 liegt bei %3</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>das Bild kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>it could not be stored (%1)</source>
        <translation>sie konnte nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>the image cannot be encoded (%1)</source>
        <translation>das Bild kann nicht kodiert werden (%1)</translation>
    </message>
    <message>
        <source>only http and https addresses can be attached as a reference</source>
        <translation>nur http- und https-Adressen können als Verweis angehängt werden</translation>
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
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Das Bild kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
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
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move the file into %1: %2</source>
        <translation>die Datei kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the reply carried no HTTP status</source>
        <translation>die Antwort enthielt keinen HTTP-Status</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>No conversations yet.
</source>
        <translation>Noch keine Unterhaltungen.
</translation>
    </message>
    <message>
        <source>ID	UPDATED	MODEL	TITLE
</source>
        <translation>ID	AKTUALISIERT	MODELL	TITEL
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>There is no conversation %1 (loquat-cli conversations list shows them).</source>
        <translation>Es gibt keine Unterhaltung %1 (loquat-cli conversations list zeigt sie an).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s): %1
</source>
        <translation>
            <numerusform>%n Unterhaltung importiert: %1
</numerusform>
            <numerusform>%n Unterhaltungen importiert: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer cannot be saved: %1</source>
        <translation>Die Antwort kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Conversation %1 has no model: give one with --model.</source>
        <translation>Unterhaltung %1 hat kein Modell: Geben Sie eines mit --model an.</translation>
    </message>
    <message>
        <source>the answer is not saved: %1</source>
        <translation>die Antwort ist nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the answer is no longer saved: %1</source>
        <translation>die Antwort ist nicht mehr gespeichert: %1</translation>
    </message>
    <message>
        <source>the answer&apos;s end is not saved: %1</source>
        <translation>das Ende der Antwort ist nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--param erwartet NAME=WERT, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line; set LOQUAT_API_KEY instead.</source>
        <translation>Der API-Schlüssel wird nie von der Befehlszeile übernommen; setzen Sie stattdessen LOQUAT_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (try http://localhost:8000/v1).</source>
        <translation>&quot;%1&quot; ist keine Serveradresse (versuchen Sie http://localhost:8000/v1).</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>Geben Sie den Prompt als ein einziges Argument an (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>--conversation takes a conversation&apos;s ID (loquat-cli conversations list shows them).</source>
        <translation>--conversation erwartet die ID einer Unterhaltung (loquat-cli conversations list zeigt sie an).</translation>
    </message>
    <message>
        <source>--format takes md or json.</source>
        <translation>--format erwartet md oder json.</translation>
    </message>
    <message>
        <source>--repeat takes a number from 1 to %1, got &quot;%2&quot;.</source>
        <translation>--repeat erwartet eine Zahl von 1 bis %1, erhalten: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--max-image-edge takes a number of pixels or &quot;off&quot;, got &quot;%1&quot;.</source>
        <translation>--max-image-edge erwartet eine Pixelanzahl oder &quot;off&quot;, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dimensions takes a positive number, got &quot;%1&quot;.</source>
        <translation>--dimensions erwartet eine positive Zahl, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--batch takes a positive number, got &quot;%1&quot;.</source>
        <translation>--batch erwartet eine positive Zahl, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--truncate takes a number of tokens, got &quot;%1&quot;.</source>
        <translation>--truncate erwartet eine Anzahl Tokens, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>compare needs at least one --lane (e.g. --lane temperature=0.2 --lane temperature=1.0).</source>
        <translation>compare benötigt mindestens eine --lane (z. B. --lane temperature=0.2 --lane temperature=1.0).</translation>
    </message>
    <message>
        <source>--lane and --repeat belong to compare.</source>
        <translation>--lane und --repeat gehören zu compare.</translation>
    </message>
    <message>
        <source>%1 needs --model (loquat-cli models lists them).</source>
        <translation>%1 benötigt --model (loquat-cli models listet sie auf).</translation>
    </message>
    <message>
        <source>embed needs --model (loquat-cli models lists them).</source>
        <translation>embed benötigt --model (loquat-cli models listet sie auf).</translation>
    </message>
    <message>
        <source>embed needs texts: give them as arguments or with --file.</source>
        <translation>embed benötigt Texte: Geben Sie sie als Argumente oder mit --file an.</translation>
    </message>
    <message>
        <source>Give the texts either as arguments or with --file, not both.</source>
        <translation>Geben Sie die Texte entweder als Argumente oder mit --file an, nicht beides.</translation>
    </message>
    <message>
        <source>conversations list takes no arguments.</source>
        <translation>conversations list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>conversations export takes one conversation&apos;s ID, or --all.</source>
        <translation>conversations export erwartet die ID einer Unterhaltung oder --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation ID (loquat-cli conversations list shows them).</source>
        <translation>&quot;%1&quot; ist keine Unterhaltungs-ID (loquat-cli conversations list zeigt sie an).</translation>
    </message>
    <message>
        <source>conversations import takes one file.</source>
        <translation>conversations import erwartet eine Datei.</translation>
    </message>
    <message>
        <source>conversations needs list, export or import.</source>
        <translation>conversations benötigt list, export oder import.</translation>
    </message>
    <message>
        <source>Unknown conversations command &quot;%1&quot;: use list, export or import.</source>
        <translation>Unbekannter conversations-Befehl &quot;%1&quot;: Verwenden Sie list, export oder import.</translation>
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
        <translation>Aufruf:
  loquat-cli models [--url URL|--profile NAME] [--json]
  loquat-cli chat [--url URL|--profile NAME] --model M [--system TEXT] [--param NAME=WERT]... [--json]
                  [--no-stream] [--image DATEI|URL]... [--video DATEI|URL]... [--audio DATEI|URL]...
                  [--max-image-edge PIXEL|off] [--save] [--conversation ID] PROMPT|-
  loquat-cli conversations list [--json]
  loquat-cli conversations export ID|--all [--format md|json] [--output DATEI]
  loquat-cli conversations import DATEI
  loquat-cli profiles list [--json] | add NAME --url URL [--model M] | remove NAME | set-key NAME
  loquat-cli embed [--url URL|--profile NAME] --model M [--query Q] [--dimensions D] [--batch N]
                   [--truncate[=TOKENS]] [--json] (TEXT... | --file F [--field NAME])
  loquat-cli compare [--url URL|--profile NAME] --model M --lane SPEZ [--lane SPEZ]... [--repeat K]
                  [--system TEXT] [--json] PROMPT|-

--url ist standardmäßig $LOQUAT_URL, sonst http://localhost:8000/v1.
--param verwendet die Feldnamen von vLLM (temperature, top_k, min_p, seed, stop, max_tokens, ...);
  Werte werden als JSON gelesen, wo sie sich parsen lassen: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
compare führt die Spuren gleichzeitig aus und gibt jede Antwort und eine Kennzahlentabelle aus. Eine
  Spur-SPEZ besteht aus kommagetrennten NAME=WERT-Paaren (temperature=1.0,top_p=0.9); model=M wählt
  ein anderes Modell, preset=NAME beginnt mit einer Voreinstellung (Precise, Balanced, Creative oder
  eine eigene); &apos;&apos; sind die Standardwerte des Servers. --repeat K führt jede Spur K-mal aus.
--image, --video und --audio hängen Medien an (wiederholbar, in der angegebenen Reihenfolge vor dem
  Prompt gesendet): Eine Datei wird als data:-URL gesendet, eine http(s)-URL als Verweis, den der
  Server abruft. Bilder über --max-image-edge (Standard 2048 px, &apos;off&apos; behält sie) werden verkleinert.
PROMPT &apos;-&apos; (oder keiner) liest den Prompt von der Standardeingabe.
embed gibt die Kosinus-Ähnlichkeitsmatrix der Texte aus, mit --query die nach Nähe zur Anfrage
  geordneten Texte, mit --json alle Vektoren; --file nimmt einen Text pro Zeile (.txt, &apos;-&apos; für die
  Standardeingabe) oder die Spalte/das Feld --field einer .csv- oder .jsonl-Datei.
--profile NAME (statt --url) verwendet eines der Serverprofile der App: seine Adresse, seinen
  Schlüssel aus dem Schlüsselbund des Systems, seine Zeitlimits, Header und sein Standardmodell.
  set-key liest den Schlüssel von der Standardeingabe (nie von der Befehlszeile).
Ohne Profil stammt der API-Schlüssel aus LOQUAT_API_KEY, sonst VLLM_API_KEY, sonst
  OPENAI_API_KEY (diese haben für diesen Aufruf auch Vorrang vor dem Schlüssel eines Profils).
LOQUAT_TIMEOUT (Sekunden) setzt die Zeitlimits für das erste Byte und für Leerlauf (Standard 180).

Verlauf (mit der App geteilt): chat --save speichert Frage und Antwort als neue Unterhaltung;
--conversation ID setzt eine fort (ihr Verlauf, Systemprompt, Parameter und Modell gelten, sofern
nicht angegeben). --data-dir VERZ (oder $LOQUAT_DATA_DIR) bestimmt, wo er gespeichert wird.
</translation>
    </message>
    <message>
        <source>Name a command: models, chat, compare, conversations, embed or profiles.</source>
        <translation>Geben Sie einen Befehl an: models, chat, compare, conversations, embed oder profiles.</translation>
    </message>
    <message>
        <source>Give --profile or --url, not both.</source>
        <translation>Geben Sie --profile oder --url an, nicht beides.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use models, chat, compare, conversations, embed or profiles.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;: Verwenden Sie models, chat, compare, conversations, embed oder profiles.</translation>
    </message>
    <message>
        <source>profiles list takes no arguments.</source>
        <translation>profiles list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>profiles %1 takes the profile&apos;s name (quote it if it has spaces).</source>
        <translation>profiles %1 erwartet den Namen des Profils (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>profiles needs list, add, remove or set-key.</source>
        <translation>profiles benötigt list, add, remove oder set-key.</translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;: use list, add, remove or set-key.</source>
        <translation>Unbekannter profiles-Befehl &quot;%1&quot;: Verwenden Sie list, add, remove oder set-key.</translation>
    </message>
    <message>
        <source>profiles add needs --url (the server&apos;s address, e.g. http://gpu-box:8000/v1).</source>
        <translation>profiles add benötigt --url (die Adresse des Servers, z. B. http://gpu-box:8000/v1).</translation>
    </message>
    <message>
        <source>--url and --model belong to profiles add; profiles takes no --profile.</source>
        <translation>--url und --model gehören zu profiles add; profiles erwartet kein --profile.</translation>
    </message>
    <message>
        <source>%1 needs --model: the profile has no default model (loquat-cli models --profile NAME lists them).</source>
        <translation>%1 benötigt --model: Das Profil hat kein Standardmodell (loquat-cli models --profile NAME listet sie auf).</translation>
    </message>
    <message>
        <source>
A compare lane&apos;s profile=NAME runs that lane on another server profile: its address, its
key from the OS keychain (never the environment&apos;s) and, unless model= is given, its default
model. Lanes on different servers run at the same time; one that cannot reach its server
fails alone. Example: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</source>
        <translation>
profile=NAME in einer compare-Spur führt diese Spur auf einem anderen Serverprofil aus: mit dessen
Adresse, dessen Schlüssel aus dem Schlüsselbund des Betriebssystems (nie dem der Umgebung) und,
sofern model= fehlt, dessen Standardmodell. Spuren auf verschiedenen Servern laufen gleichzeitig;
eine, die ihren Server nicht erreicht, scheitert allein. Beispiel: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot; (loquat-cli profiles list shows them).</source>
        <translation>Es gibt kein Serverprofil namens &quot;%1&quot; (loquat-cli profiles list zeigt sie an).</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>No server profiles yet: loquat-cli profiles add NAME --url URL adds one.</source>
        <translation>Noch keine Serverprofile: loquat-cli profiles add NAME --url URL fügt eines hinzu.</translation>
    </message>
    <message>
        <source>%1 %2	%3	model: %4	key: %5</source>
        <translation>%1 %2	%3	Modell: %4	Schlüssel: %5</translation>
    </message>
    <message>
        <source>(the server&apos;s first)</source>
        <translation>(das erste des Servers)</translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Serverprofil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Give it a key with: loquat-cli profiles set-key &quot;%1&quot;</source>
        <translation>&quot;%1&quot; hinzugefügt (%2). Einen Schlüssel vergeben Sie mit: loquat-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed: %2 The profile was kept.</source>
        <translation>Der Schlüssel von &quot;%1&quot; konnte nicht entfernt werden: %2 Das Profil wurde behalten.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>&quot;%1&quot; und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing changed. (To remove a key, use the profiles window in the app.)</source>
        <translation>Auf der Standardeingabe wurde kein Schlüssel angegeben; nichts wurde geändert. (Um einen Schlüssel zu entfernen, verwenden Sie das Profilfenster der App.)</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored the key of &quot;%1&quot; in the %2.</source>
        <translation>Der Schlüssel von &quot;%1&quot; wurde gespeichert: %2.</translation>
    </message>
    <message>
        <source>%1 Going on without the profile&apos;s key.</source>
        <translation>%1 Es wird ohne den Schlüssel des Profils fortgefahren.</translation>
    </message>
    <message>
        <source>lane %1: %2</source>
        <translation>Spur %1: %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>adapter of %1</source>
        <translation>Adapter von %1</translation>
    </message>
    <message>
        <source>loquat-cli: could not read the prompt from standard input.
</source>
        <translation>loquat-cli: Der Prompt konnte nicht von der Standardeingabe gelesen werden.
</translation>
    </message>
    <message>
        <source>loquat-cli: the prompt is empty.
</source>
        <translation>loquat-cli: Der Prompt ist leer.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli: %1 Neuer Versuch (%2) in %3 ms.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 (&quot;%2&quot;): %3
</source>
        <translation>loquat-cli: Spur %1 (&quot;%2&quot;): %3
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 lanes asked for; at most %2 run at once.
</source>
        <translation>loquat-cli: %1 Spuren angefordert; höchstens %2 laufen gleichzeitig.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 done (%2)
</source>
        <translation>loquat-cli: Spur %1 fertig (%2)
</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>(failed) %1
</source>
        <translation>(fehlgeschlagen) %1
</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>loquat-cli: cannot create a temporary folder for the images.
</source>
        <translation>loquat-cli: Für die Bilder kann kein temporärer Ordner angelegt werden.
</translation>
    </message>
    <message>
        <source>Cannot attach “%1” as %2: it is a %3.</source>
        <translation>„%1“ kann nicht als %2 angehängt werden: Es ist vom Typ %3.</translation>
    </message>
    <message>
        <source>loquat-cli: saved in conversation %1 (continue it with --conversation %1).
</source>
        <translation>loquat-cli: in Unterhaltung %1 gespeichert (mit --conversation %1 fortsetzen).
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1: the profile &quot;%2&quot; was not read.
</source>
        <translation>loquat-cli: Spur %1: Das Profil „%2“ wurde nicht gelesen.
</translation>
    </message>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>der API-Schlüssel des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>Geschwindigkeit (Tokens/s)</translation>
    </message>
    <message>
        <source>Length (completion tokens)</source>
        <translation>Länge (Completion-Tokens)</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>wird gestreamt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source># Comparison</source>
        <translation># Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>After %n earlier message(s).</source>
        <translation>
            <numerusform>Nach %n früheren Nachricht.</numerusform>
            <numerusform>Nach %n früheren Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>**Prompt**</source>
        <translation>**Prompt**</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Differs from lane 1</source>
        <translation>Weicht von Spur 1 ab</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion-Tokens</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Model %1 at %2</source>
        <translation>Modell %1 auf %2</translation>
    </message>
    <message>
        <source>Model %1 on profile %2 (%3)</source>
        <translation>Modell %1 auf dem Profil %2 (%3)</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>Serverversion %1.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>Im Chat fortsetzen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Stop this lane; the others go on</source>
        <translation>Diese Spur anhalten; die anderen laufen weiter</translation>
    </message>
    <message>
        <source>Make this answer the chat&apos;s: the conversation goes on from it</source>
        <translation>Diese Antwort in den Chat übernehmen: Die Unterhaltung wird von ihr aus fortgesetzt</translation>
    </message>
    <message>
        <source>The exact request of this lane (copy as JSON or curl, replay)</source>
        <translation>Die genaue Anfrage dieser Spur (als JSON oder curl kopieren, erneut senden)</translation>
    </message>
    <message>
        <source>Lane %1 · %2</source>
        <translation>Spur %1 · %2</translation>
    </message>
    <message>
        <source>The reference lane</source>
        <translation>Die Referenzspur</translation>
    </message>
    <message>
        <source>Same settings as lane 1</source>
        <translation>Gleiche Einstellungen wie Spur 1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Abweichend: %1</translation>
    </message>
    <message>
        <source>wall %1 ms</source>
        <translation>Dauer %1 ms</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>wird gestreamt…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>Ende: %1</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: choose a model for this lane.</source>
        <translation>Nicht gesendet: Wählen Sie ein Modell für diese Spur.</translation>
    </message>
    <message>
        <source>Not sent: the lane&apos;s server has no address.</source>
        <translation>Nicht gesendet: Der Server der Spur hat keine Adresse.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Speed and length</source>
        <translation>Geschwindigkeit und Länge</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>Wortvergleich</translation>
    </message>
    <message>
        <source>Prompt to compare</source>
        <translation>Zu vergleichender Prompt</translation>
    </message>
    <message>
        <source>The prompt every lane answers (Ctrl+Enter runs)</source>
        <translation>Der Prompt, den jede Spur beantwortet (Ctrl+Enter startet)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Send the prompt to every lane at once (Ctrl+Enter)</source>
        <translation>Den Prompt an alle Spuren gleichzeitig senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copied the comparison as Markdown.</source>
        <translation>Der Vergleich wurde als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copied the comparison as JSON.</source>
        <translation>Der Vergleich wurde als JSON kopiert.</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Als JSON speichern…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>Parameterreihe…</translation>
    </message>
    <message>
        <source>Make lanes from lane 1 by varying one parameter, over seeds, or by repeating</source>
        <translation>Spuren aus Spur 1 erzeugen: einen Parameter variieren, über Seeds oder durch Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>After the request&apos;s %n earlier message(s)</source>
        <translation>
            <numerusform>Nach der %n früheren Nachricht der Anfrage</numerusform>
            <numerusform>Nach den %n früheren Nachrichten der Anfrage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the chat&apos;s conversation so far (%n message(s))</source>
        <translation>
            <numerusform>Nach der bisherigen Unterhaltung im Chat (%n Nachricht)</numerusform>
            <numerusform>Nach der bisherigen Unterhaltung im Chat (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>After the chat&apos;s conversation so far (it is empty)</source>
        <translation>Nach der bisherigen Unterhaltung im Chat (sie ist leer)</translation>
    </message>
    <message>
        <source>At most %1 lanes run side by side.</source>
        <translation>Höchstens %1 Spuren laufen nebeneinander.</translation>
    </message>
    <message>
        <source>A comparison has 1 to %1 lanes.</source>
        <translation>Ein Vergleich hat 1 bis %1 Spuren.</translation>
    </message>
    <message>
        <source>Lane 1 is the sweep&apos;s starting point; fix it first: %1</source>
        <translation>Spur 1 ist der Ausgangspunkt der Parameterreihe; korrigieren Sie sie zuerst: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n lane(s).</source>
        <translation>
            <numerusform>%n Spur erzeugt.</numerusform>
            <numerusform>%n Spuren erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 lanes: remove one to add this request.</source>
        <translation>Höchstens %1 Spuren: Entfernen Sie eine, um diese Anfrage hinzuzufügen.</translation>
    </message>
    <message>
        <source>Added the request as lane %1.</source>
        <translation>Die Anfrage wurde als Spur %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>A comparison is running: stop it first.</source>
        <translation>Ein Vergleich läuft: Halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Write the prompt first.</source>
        <translation>Schreiben Sie zuerst den Prompt.</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Spur %1: %2</translation>
    </message>
    <message>
        <source>Could not start the comparison.</source>
        <translation>Der Vergleich konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s)…</source>
        <translation>
            <numerusform>%n Spur läuft…</numerusform>
            <numerusform>%n Spuren laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Done; %n lane(s) failed (the reason is on the lane).</source>
        <translation>
            <numerusform>Fertig; %n Spur ist fehlgeschlagen (der Grund steht in der Spur).</numerusform>
            <numerusform>Fertig; %n Spuren sind fehlgeschlagen (der Grund steht in der jeweiligen Spur).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Der Vergleich wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the comparison to %1: %2</source>
        <translation>Der Vergleich konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>Vergleich starten</translation>
    </message>
    <message>
        <source>Loading the models of %1…</source>
        <translation>Die Modelle von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Lane %1: the models of %2 could not be loaded: %3</source>
        <translation>Spur %1: Die Modelle von %2 konnten nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>Getting the lanes&apos; servers ready…</source>
        <translation>Die Server der Spuren werden vorbereitet…</translation>
    </message>
    <message>
        <source>Added the request&apos;s text as lane %1; its attachments are not sent from Compare.</source>
        <translation>Der Text der Anfrage wurde als Spur %1 hinzugefügt; ihre Anhänge werden aus „Vergleichen“ nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s) with the conversation&apos;s text; its %1 attachment(s) are not sent from Compare.</source>
        <translation>
            <numerusform>%n Spur läuft mit dem Text der Unterhaltung; ihre %1 Anhänge werden aus „Vergleich“ nicht gesendet.</numerusform>
            <numerusform>%n Spuren laufen mit dem Text der Unterhaltung; ihre %1 Anhänge werden aus „Vergleich“ nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line, Esc to stop</source>
        <translation>Nachricht — Enter zum Senden, Shift+Enter für eine neue Zeile, Esc zum Anhalten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter sendet die Nachricht, Shift+Enter beginnt eine neue Zeile, Esc hält die Antwort an.</translation>
    </message>
    <message>
        <source>Send or stop</source>
        <translation>Senden oder anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach images, video or audio (or drop or paste them here)</source>
        <translation>Bilder, Video oder Audio anhängen (oder hier ablegen bzw. einfügen)</translation>
    </message>
    <message>
        <source>Attach media</source>
        <translation>Medien anhängen</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Image from the clipboard</source>
        <translation>Bild aus der Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no image or media file.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Mediendatei.</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Webadresse…</translation>
    </message>
    <message>
        <source>Send images at most</source>
        <translation>Maximale Bildgröße beim Senden</translation>
    </message>
    <message>
        <source>%1 px on the longest side</source>
        <translation>%1 px an der längsten Seite</translation>
    </message>
    <message>
        <source>At their own size (no scaling)</source>
        <translation>In Originalgröße (ohne Skalierung)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach images, video or audio</source>
        <translation>Bilder, Video oder Audio anhängen</translation>
    </message>
    <message>
        <source>Attach a web address</source>
        <translation>Webadresse anhängen</translation>
    </message>
    <message>
        <source>An http(s) address of an image, video or audio file; the server fetches it:</source>
        <translation>Eine http(s)-Adresse eines Bildes, Videos oder einer Audiodatei; der Server ruft sie ab:</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Wait a moment: the attachments are still being prepared.</source>
        <translation>Einen Moment bitte: Die Anhänge werden noch vorbereitet.</translation>
    </message>
    <message>
        <source>Wait: the attachments are being prepared</source>
        <translation>Bitte warten: Die Anhänge werden vorbereitet</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>It is not JSON (%1 at byte %2).</source>
        <translation>Es ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The list is not a list of OpenAI messages.</source>
        <translation>Die Liste ist keine Liste von OpenAI-Nachrichten.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Loquat (format version %1).</source>
        <translation>Sie wurde von einer neueren Version von Loquat geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>A conversation in it has a message of unknown role.</source>
        <translation>Eine enthaltene Unterhaltung hat eine Nachricht mit unbekannter Rolle.</translation>
    </message>
    <message>
        <source>It holds no conversations.</source>
        <translation>Sie enthält keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>A message in it has an unknown role.</source>
        <translation>Eine enthaltene Nachricht hat eine unbekannte Rolle.</translation>
    </message>
    <message>
        <source>Its messages are not OpenAI messages.</source>
        <translation>Ihre Nachrichten sind keine OpenAI-Nachrichten.</translation>
    </message>
    <message>
        <source>It is neither a Loquat export nor a list of OpenAI messages.</source>
        <translation>Sie ist weder ein Loquat-Export noch eine Liste von OpenAI-Nachrichten.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unterhaltung ohne Titel</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>Parameter: `%1`</translation>
    </message>
    <message>
        <source>**System prompt**</source>
        <translation>**Systemprompt**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistent · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>&gt; *Reasoning*</source>
        <translation>&gt; *Überlegungen*</translation>
    </message>
    <message>
        <source>*Tool call* `%1`</source>
        <translation>*Tool-Aufruf* `%1`</translation>
    </message>
    <message>
        <source>*Failed: %1*</source>
        <translation>*Fehlgeschlagen: %1*</translation>
    </message>
    <message>
        <source>*Stopped*</source>
        <translation>*Angehalten*</translation>
    </message>
    <message>
        <source>*Interrupted*</source>
        <translation>*Unterbrochen*</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>*Attached: %1*</source>
        <translation>*Angehängt: %1*</translation>
    </message>
    <message>
        <source>*Attached: %1 (not exported: the file is no longer in the attachment store, or could not be read)*</source>
        <translation>*Angehängt: %1 (nicht exportiert: Die Datei ist nicht mehr im Anhangsspeicher oder konnte nicht gelesen werden)*</translation>
    </message>
    <message>
        <source>*Attached:* %1</source>
        <translation>*Angehängt:* %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Copied the code to the clipboard.</source>
        <translation>Der Code wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Sen&amp;d message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <source>Send what is in the message field (Enter there does the same)</source>
        <translation>Den Inhalt des Nachrichtenfelds senden (Enter dort bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>Antwort an&amp;halten</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc in the message field does the same)</source>
        <translation>Die entstehende Antwort anhalten (Esc im Nachrichtenfeld bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>&amp;Regenerate last answer</source>
        <translation>Letzte Antwort neu &amp;generieren</translation>
    </message>
    <message>
        <source>Write the last answer again, keeping the old one as a version</source>
        <translation>Die letzte Antwort neu schreiben lassen; die alte bleibt als Version erhalten</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht bea&amp;rbeiten</translation>
    </message>
    <message>
        <source>Put your last message in the message field to change and send again</source>
        <translation>Ihre letzte Nachricht ins Nachrichtenfeld übernehmen, um sie zu ändern und erneut zu senden</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach files, an image from the clipboard or a web address</source>
        <translation>Dateien, ein Bild aus der Zwischenablage oder eine Webadresse anhängen</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Nächste &amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Open the conversation below this one in the history</source>
        <translation>Die Unterhaltung unterhalb dieser im Verlauf öffnen</translation>
    </message>
    <message>
        <source>Pre&amp;vious conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Open the conversation above this one in the history</source>
        <translation>Die Unterhaltung oberhalb dieser im Verlauf öffnen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>A larger font in the conversation</source>
        <translation>Eine größere Schrift in der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>A smaller font in the conversation</source>
        <translation>Eine kleinere Schrift in der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Standard&amp;textgröße</translation>
    </message>
    <message>
        <source>The conversation in the system&apos;s font size</source>
        <translation>Die Unterhaltung in der Schriftgröße des Systems</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, conversation font size and language</source>
        <translation>Farbschema, Schriftgröße der Unterhaltung und Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>First lane</source>
        <translation>Erste Spur</translation>
    </message>
    <message>
        <source>Second lane</source>
        <translation>Zweite Spur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>%1% of the words in common</source>
        <translation>%1 % der Wörter gemeinsam</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>Wortunterschiede</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no column or field &quot;%2&quot; (it has: %3).</source>
        <translation>%1 hat keine Spalte und kein Feld &quot;%2&quot; (vorhanden: %3).</translation>
    </message>
    <message>
        <source>%1 holds no texts.</source>
        <translation>%1 enthält keine Texte.</translation>
    </message>
    <message>
        <source>loquat-cli: %1
</source>
        <translation>loquat-cli: %1
</translation>
    </message>
    <message>
        <source>loquat-cli: a text is empty; give only texts with words in them.
</source>
        <translation>loquat-cli: Ein Text ist leer; geben Sie nur Texte mit Wörtern an.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli: %1 Neuer Versuch (%2) in %3 ms.
</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>text %1 (&quot;%2&quot;)</source>
        <translation>Text %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>loquat-cli: %1 was refused: %2
</source>
        <translation>loquat-cli: %1 wurde abgelehnt: %2
</translation>
    </message>
    <message>
        <source>loquat-cli: the vector of %1 holds NaN or infinity; it is left out.
</source>
        <translation>loquat-cli: Der Vektor von %1 enthält NaN oder Unendlich; er wird ausgelassen.
</translation>
    </message>
    <message>
        <source>the vector holds NaN or infinity</source>
        <translation>der Vektor enthält NaN oder Unendlich</translation>
    </message>
</context>
<context>
    <name>EmbeddingDecoder</name>
    <message>
        <source>The vector&apos;s bytes are not a whole number of float32 values.</source>
        <translation>Die Bytes des Vektors ergeben keine ganze Zahl von float32-Werten.</translation>
    </message>
    <message>
        <source>The vector is not valid base64.</source>
        <translation>Der Vektor ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>EmbeddingErrors</name>
    <message>
        <source>The server does not serve embeddings (HTTP 404 Not Found): its model is not an embedding model, or the address is wrong.</source>
        <translation>Der Server liefert keine Embeddings (HTTP 404 Not Found): Sein Modell ist kein Embedding-Modell, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Too long for the model (HTTP 400): %1</source>
        <translation>Zu lang für das Modell (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The server does not serve a reranker (HTTP 404 Not Found on /rerank, /v1/rerank and /score): its model is neither a cross-encoder nor an embedding model.</source>
        <translation>Der Server bietet keinen Reranker an (HTTP 404 Not Found bei /rerank, /v1/rerank und /score): Sein Modell ist weder ein Cross-Encoder noch ein Embedding-Modell.</translation>
    </message>
</context>
<context>
    <name>EmbeddingResponse</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer has no `data` list of vectors.</source>
        <translation>Die Antwort hat keine `data`-Liste mit Vektoren.</translation>
    </message>
    <message>
        <source>The server sent %1 vectors for %2 texts.</source>
        <translation>Der Server hat %1 Vektoren für %2 Texte gesendet.</translation>
    </message>
    <message>
        <source>The answer&apos;s vector indexes do not match the texts sent.</source>
        <translation>Die Vektorindizes der Antwort passen nicht zu den gesendeten Texten.</translation>
    </message>
    <message>
        <source>A vector holds something other than numbers.</source>
        <translation>Ein Vektor enthält etwas anderes als Zahlen.</translation>
    </message>
    <message>
        <source>An answer item has no `embedding`.</source>
        <translation>Ein Eintrag der Antwort hat kein `embedding`.</translation>
    </message>
    <message>
        <source>The server sent an empty vector.</source>
        <translation>Der Server hat einen leeren Vektor gesendet.</translation>
    </message>
    <message>
        <source>The server sent vectors of different lengths (%1 and %2).</source>
        <translation>Der Server hat Vektoren unterschiedlicher Länge gesendet (%1 und %2).</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetFile</name>
    <message>
        <source>This is not a Loquat embeddings set.</source>
        <translation>Dies ist kein Loquat-Embedding-Satz.</translation>
    </message>
    <message>
        <source>The set was saved by a newer Loquat (format version %1).</source>
        <translation>Der Satz wurde von einer neueren Loquat-Version gespeichert (Formatversion %1).</translation>
    </message>
    <message>
        <source>The vector of text %1 in the set is damaged.</source>
        <translation>Der Vektor von Text %1 im Satz ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetModel</name>
    <message>
        <source>Empty: left out</source>
        <translation>Leer: ausgelassen</translation>
    </message>
    <message>
        <source>Unusable: the vector holds NaN or infinity</source>
        <translation>Unbrauchbar: Der Vektor enthält NaN oder Unendlich</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <source>Loquat embeddings sets (*.loquat-embeddings.json *.json)</source>
        <translation>Loquat-Embedding-Sätze (*.loquat-embeddings.json *.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB are read).</source>
        <translation>%1 ist zu groß (%2 MB; höchstens %3 MB werden gelesen).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (nothing was changed)</source>
        <translation>%1 konnte nicht geschrieben werden: %2 (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>&amp;Truncate long texts to</source>
        <translation>Lange Texte &amp;kürzen auf</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Point at a cell to read its value; click it to sort by that text.</source>
        <translation>Zeigen Sie auf eine Zelle, um ihren Wert zu sehen; klicken Sie darauf, um nach diesem Text zu sortieren.</translation>
    </message>
    <message>
        <source>Embeddings status</source>
        <translation>Embedding-Status</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Type or paste texts, one per line</source>
        <translation>Texte eingeben oder einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <source>Add texts</source>
        <translation>Texte hinzufügen</translation>
    </message>
    <message>
        <source>One text per line. Blank lines are skipped.</source>
        <translation>Ein Text pro Zeile. Leerzeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text, one text per line (Ctrl+Shift+V)</source>
        <translation>Text aus der Zwischenablage hinzufügen, ein Text pro Zeile (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Texts from a .txt (one per line), .csv (a column) or .jsonl (a field)</source>
        <translation>Texte aus einer .txt- (einer pro Zeile), .csv- (eine Spalte) oder .jsonl-Datei (ein Feld)</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Texte importieren</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Texte (*.txt *.csv *.tsv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected texts (Delete)</source>
        <translation>Ausgewählte Texte entfernen (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected texts up (Alt+Up)</source>
        <translation>Ausgewählte Texte nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected texts down (Alt+Down)</source>
        <translation>Ausgewählte Texte nach unten verschieben (Alt+Down)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every text</source>
        <translation>Alle Texte entfernen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved set of texts and vectors</source>
        <translation>Einen gespeicherten Satz aus Texten und Vektoren öffnen</translation>
    </message>
    <message>
        <source>Open a set</source>
        <translation>Satz öffnen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the texts, labels and vectors to reopen later</source>
        <translation>Texte, Bezeichnungen und Vektoren speichern, um sie später wieder zu öffnen</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>Satz speichern</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Vectors as CSV…</source>
        <translation>Vektoren als CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Vectors as JSON…</source>
        <translation>Vektoren als JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Vectors as NumPy .npy…</source>
        <translation>Vektoren als NumPy-.npy…</translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Similarity matrix as CSV…</source>
        <translation>Ähnlichkeitsmatrix als CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation>Texte pro Anfrage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>`dimensions`: fewer dimensions from a Matryoshka model (nomic-embed, Qwen3-Embedding, ...); other models refuse it</source>
        <translation>`dimensions`: weniger Dimensionen von einem Matryoshka-Modell (nomic-embed, Qwen3-Embedding, ...); andere Modelle lehnen es ab</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>the model&apos;s limit</source>
        <translation>Grenze des Modells</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Truncate to tokens</source>
        <translation>Auf Tokens kürzen</translation>
    </message>
    <message>
        <source>`truncate_prompt_tokens`: cut texts that are too long instead of having the server refuse them</source>
        <translation>`truncate_prompt_tokens`: zu lange Texte kürzen, statt sie vom Server ablehnen zu lassen</translation>
    </message>
    <message>
        <source>base64 (float32)</source>
        <translation>base64 (float32)</translation>
    </message>
    <message>
        <source>JSON numbers</source>
        <translation>JSON-Zahlen</translation>
    </message>
    <message>
        <source>How vectors travel: base64 is exact and about five times smaller</source>
        <translation>Wie Vektoren übertragen werden: base64 ist exakt und etwa fünfmal kleiner</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>Token-Verbrauch</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Ba&amp;tch:</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensionen:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>Kodieru&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>In list order</source>
        <translation>In Listenreihenfolge</translation>
    </message>
    <message>
        <source>Clustered (average linkage)</source>
        <translation>Geclustert (Average Linkage)</translation>
    </message>
    <message>
        <source>By similarity to the selected text</source>
        <translation>Nach Ähnlichkeit zum ausgewählten Text</translation>
    </message>
    <message>
        <source>Row order</source>
        <translation>Zeilenreihenfolge</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Map (PCA)</source>
        <translation>Karte (PCA)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Texts added: %1.</source>
        <translation>Hinzugefügte Texte: %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>&amp;Resume (%1 left)</source>
        <translation>Fo&amp;rtsetzen (%1 übrig)</translation>
    </message>
    <message>
        <source>&amp;Compute %1</source>
        <translation>%1 &amp;berechnen</translation>
    </message>
    <message>
        <source>Choose a model first: enter the server&apos;s address and pick an embedding model.</source>
        <translation>Wählen Sie zuerst ein Modell: Geben Sie die Adresse des Servers ein und wählen Sie ein Embedding-Modell.</translation>
    </message>
    <message>
        <source>Add some texts first.</source>
        <translation>Fügen Sie zuerst Texte hinzu.</translation>
    </message>
    <message>
        <source>Every text has a vector.</source>
        <translation>Jeder Text hat einen Vektor.</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Neuer Versuch (Versuch %1) in %2 s: %3</translation>
    </message>
    <message>
        <source>Computing %1 vectors (empty texts left out: %2)…</source>
        <translation>%1 Vektoren werden berechnet (ausgelassene leere Texte: %2)…</translation>
    </message>
    <message>
        <source>Computing %1 vectors…</source>
        <translation>%1 Vektoren werden berechnet…</translation>
    </message>
    <message>
        <source>Tokens: %1 · requests: %2 · %3 s</source>
        <translation>Tokens: %1 · Anfragen: %2 · %3 s</translation>
    </message>
    <message>
        <source>Requests: %1 · %2 s</source>
        <translation>Anfragen: %1 · %2 s</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see their status).</source>
        <translation>Vom Server abgelehnt: %1 (siehe deren Status).</translation>
    </message>
    <message>
        <source>Vectors holding NaN or infinity, left out of every view: %1.</source>
        <translation>Vektoren mit NaN oder Unendlich, in allen Ansichten ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Vectors computed: %1.</source>
        <translation>Berechnete Vektoren: %1.</translation>
    </message>
    <message>
        <source>Stopped. Texts left: %1 — Resume computes them.</source>
        <translation>Angehalten. Verbleibende Texte: %1 — „Fortsetzen“ berechnet sie.</translation>
    </message>
    <message>
        <source>%1 The finished batches are kept. Texts left: %2 — Resume computes them.</source>
        <translation>%1 Die fertigen Batches bleiben erhalten. Verbleibende Texte: %2 — „Fortsetzen“ berechnet sie.</translation>
    </message>
    <message>
        <source>%1 answers embeddings of %2 dimensions.</source>
        <translation>%1 liefert Embeddings mit %2 Dimensionen.</translation>
    </message>
    <message>
        <source>The vectors have different lengths (computed with different settings?): compute again.</source>
        <translation>Die Vektoren haben unterschiedliche Längen (mit unterschiedlichen Einstellungen berechnet?): Berechnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Berechnen Sie Vektoren, um zu sehen, wie ähnlich sich die Texte sind.</translation>
    </message>
    <message>
        <source>%1 texts: the similarity map is drawn for at most %2 texts. The search and the PCA map still work.</source>
        <translation>%1 Texte: Die Ähnlichkeitskarte wird für höchstens %2 Texte gezeichnet. Die Suche und die PCA-Karte funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>The PCA map is drawn for at most %1 texts.</source>
        <translation>Die PCA-Karte wird für höchstens %1 Texte gezeichnet.</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Berechnen Sie Vektoren für mindestens zwei Texte, um sie auf einer Karte zu sehen.</translation>
    </message>
    <message>
        <source>Select a text in the list (or click a row of the map) to sort by similarity to it.</source>
        <translation>Wählen Sie einen Text in der Liste (oder klicken Sie auf eine Zeile der Karte), um nach Ähnlichkeit zu ihm zu sortieren.</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>Geben Sie zuerst eine Anfrage ein.</translation>
    </message>
    <message>
        <source>Compute the texts&apos; vectors to rank them by embedding similarity.</source>
        <translation>Berechnen Sie die Vektoren der Texte, um sie nach Embedding-Ähnlichkeit zu ordnen.</translation>
    </message>
    <message>
        <source>The vectors come from %1 at %2: choose that model again, or compute the vectors again.</source>
        <translation>Die Vektoren stammen von %1 auf %2: Wählen Sie dieses Modell erneut oder berechnen Sie die Vektoren neu.</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>Embedding der Anfrage wird berechnet…</translation>
    </message>
    <message>
        <source>The query&apos;s vector holds NaN or infinity.</source>
        <translation>Der Vektor der Anfrage enthält NaN oder Unendlich.</translation>
    </message>
    <message>
        <source>The reranker is off.</source>
        <translation>Der Reranker ist aus.</translation>
    </message>
    <message>
        <source>The vectors have different lengths: compute again.</source>
        <translation>Die Vektoren haben unterschiedliche Längen: Berechnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cosine of the vectors · %1 · %2 texts</source>
        <translation>Kosinus der Vektoren · %1 · %2 Texte</translation>
    </message>
    <message>
        <source>Reranking %1 texts…</source>
        <translation>%1 Texte werden neu gerankt…</translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 Tokens</translation>
    </message>
    <message>
        <source>POST %1 · %2%3</source>
        <translation>POST %1 · %2%3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Added %1 texts from %2.</source>
        <translation>%1 Texte aus %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
    <message>
        <source>Saved %1 texts to %2.</source>
        <translation>%1 Texte in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Opened %1: %2 texts, %3 with vectors.</source>
        <translation>%1 geöffnet: %2 Texte, %3 mit Vektoren.</translation>
    </message>
    <message>
        <source>The set could not be read.</source>
        <translation>Der Satz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There are no vectors to export yet.</source>
        <translation>Es gibt noch keine Vektoren zum Exportieren.</translation>
    </message>
    <message>
        <source>The similarity matrix is still being computed; try again in a moment.</source>
        <translation>Die Ähnlichkeitsmatrix wird noch berechnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no similarity matrix for this many texts.</source>
        <translation>Für so viele Texte gibt es keine Ähnlichkeitsmatrix.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Remove the selected texts (in the list)</source>
        <translation>Ausgewählte Texte entfernen (in der Liste)</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines as texts (Embeddings page)</source>
        <translation>Die Zeilen der Zwischenablage als Texte hinzufügen (Seite „Embeddings“)</translation>
    </message>
    <message>
        <source>Move the selected texts up (in the list)</source>
        <translation>Ausgewählte Texte nach oben verschieben (in der Liste)</translation>
    </message>
    <message>
        <source>Move the selected texts down (in the list)</source>
        <translation>Ausgewählte Texte nach unten verschieben (in der Liste)</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2.</source>
        <translation>Erstellt mit dem Profil %1 auf %2.</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2, which is not one of your profiles.</source>
        <translation>Erstellt mit dem Profil %1 auf %2, das nicht zu Ihren Profilen gehört.</translation>
    </message>
    <message>
        <source>Use the profile %1</source>
        <translation>Profil %1 verwenden</translation>
    </message>
    <message>
        <source>Its vectors answer queries only with that server&apos;s model.</source>
        <translation>Seine Vektoren beantworten Suchanfragen nur mit dem Modell dieses Servers.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>%1 is not a key file Loquat wrote</source>
        <translation>%1 ist keine von Loquat geschriebene Schlüsseldatei</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Similarity map</source>
        <translation>Ähnlichkeitskarte</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Berechnen Sie Vektoren, um zu sehen, wie ähnlich sich die Texte sind.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>No conversations yet. What you send is kept here.</source>
        <translation>Noch keine Unterhaltungen. Was Sie senden, wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export all as JSON…</source>
        <translation>Alle als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export all as Markdown…</source>
        <translation>Alle als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>its data is damaged or incomplete</source>
        <translation>seine Daten sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The first row names the columns</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Texte aus %1 importieren</translation>
    </message>
    <message>
        <source>Column with the texts</source>
        <translation>Spalte mit den Texten</translation>
    </message>
    <message>
        <source>Column with the labels</source>
        <translation>Spalte mit den Bezeichnungen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Texts from column:</source>
        <translation>&amp;Texte aus Spalte:</translation>
    </message>
    <message>
        <source>&amp;Texts from field:</source>
        <translation>&amp;Texte aus Feld:</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>&amp;Bezeichnungen aus:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Lines that could not be read are left out (%1): %2</source>
        <translation>Zeilen, die nicht gelesen werden konnten, werden ausgelassen (%1): %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 texts will be added (records with an empty text are left out).</source>
        <translation>%1 Texte werden hinzugefügt (Einträge mit leerem Text werden ausgelassen).</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Keep keys in a file…</source>
        <translation>Schlüssel in einer Datei speichern…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>After unlocking or starting the keyring, use the OS keychain again</source>
        <translation>Nach dem Entsperren oder Starten des Schlüsselrings den Schlüsselbund des Systems wieder verwenden</translation>
    </message>
    <message>
        <source>Store API keys unencrypted in a file only you can read (not recommended)</source>
        <translation>API-Schlüssel unverschlüsselt in einer Datei speichern, die nur Sie lesen können (nicht empfohlen)</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: API keys are stored unencrypted in %1.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: API-Schlüssel werden unverschlüsselt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Keep API keys in a file?</source>
        <translation>API-Schlüssel in einer Datei speichern?</translation>
    </message>
    <message>
        <source>Without a keychain, Loquat can keep API keys in a plain file in your settings folder, readable only by your user account but not encrypted: anyone who can read your files (a backup, another program you run, an administrator) can read the keys.

Keep API keys in a file?</source>
        <translation>Ohne Schlüsselbund kann Loquat API-Schlüssel in einer einfachen Datei in Ihrem Einstellungsordner speichern, die nur Ihr Benutzerkonto lesen kann, die aber nicht verschlüsselt ist: Wer Ihre Dateien lesen kann (eine Sicherung, ein anderes Programm, das Sie ausführen, ein Administrator), kann die Schlüssel lesen.

API-Schlüssel in einer Datei speichern?</translation>
    </message>
    <message>
        <source>Keep keys in a file</source>
        <translation>Schlüssel in einer Datei speichern</translation>
    </message>
</context>
<context>
    <name>LaneEditor</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Parameter überschreiben</translation>
    </message>
    <message>
        <source>overrides, e.g. temperature=0.9, seed=3</source>
        <translation>Überschreibungen, z. B. temperature=0.9, seed=3</translation>
    </message>
    <message>
        <source>Sampling fields as NAME=VALUE, separated by commas; they win over the preset&apos;s. Names are vLLM&apos;s: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</source>
        <translation>Sampling-Felder als NAME=WERT, durch Kommas getrennt; sie haben Vorrang vor denen der Voreinstellung. Die Namen sind die von vLLM: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>Diese Spur entfernen</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>keine Voreinstellung</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>The server profile this lane talks to (its address and its key); lanes on different servers run at the same time</source>
        <translation>Das Serverprofil, mit dem diese Spur spricht (seine Adresse und sein Schlüssel); Spuren auf verschiedenen Servern laufen gleichzeitig</translation>
    </message>
    <message>
        <source>Window&apos;s profile (%1)</source>
        <translation>Profil des Fensters (%1)</translation>
    </message>
    <message>
        <source>Window&apos;s profile</source>
        <translation>Profil des Fensters</translation>
    </message>
    <message>
        <source>Whichever profile the window uses when the comparison runs</source>
        <translation>Das Profil, das das Fenster beim Start des Vergleichs verwendet</translation>
    </message>
</context>
<context>
    <name>LaneServers</name>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>der API-Schlüssel des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LaneSpec</name>
    <message>
        <source>run %1</source>
        <translation>Durchlauf %1</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>Standardwerte des Servers</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profile= needs the name of a server profile.</source>
        <translation>profile= braucht den Namen eines Serverprofils.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>[loquat] The server did not stop within %1 s; killing it.</source>
        <translation>[loquat] Der Server wurde nicht innerhalb von %1 s beendet; er wird zwangsweise beendet.</translation>
    </message>
    <message>
        <source>The local server is already running.</source>
        <translation>Der lokale Server läuft bereits.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet, z. B. vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>Der Befehl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>[loquat] Starting: %1</source>
        <translation>[loquat] Wird gestartet: %1</translation>
    </message>
    <message>
        <source>[loquat] Stopping the server.</source>
        <translation>[loquat] Der Server wird beendet.</translation>
    </message>
    <message>
        <source>[loquat] The server stopped.</source>
        <translation>[loquat] Der Server wurde beendet.</translation>
    </message>
    <message>
        <source>The server crashed.</source>
        <translation>Der Server ist abgestürzt.</translation>
    </message>
    <message>
        <source>The server exited with status %1.</source>
        <translation>Der Server wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>[loquat] The server is ready (%1 s after starting).</source>
        <translation>[loquat] Der Server ist bereit (%1 s nach dem Start).</translation>
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
        <translation>Chat</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Server health indicator</source>
        <translation>Anzeige des Serverzustands</translation>
    </message>
    <message>
        <source>Last answer&apos;s figures</source>
        <translation>Kennzahlen der letzten Antwort</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Neuer Versuch (Versuch %1) in %2 s: %3</translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to finish, or choose a model.</source>
        <translation>Nicht gesendet: Warten Sie, bis die Antwort fertig ist, oder wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie etwas wie http://localhost:8000/v1 oder host:8000 ein.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Keine Modelle</translation>
    </message>
    <message>
        <source>Choose a model first: the server has not offered one yet.</source>
        <translation>Wählen Sie zuerst ein Modell: Der Server hat noch keines angeboten.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Server healthy · %1</source>
        <translation>Server betriebsbereit · %1</translation>
    </message>
    <message>
        <source>No server answers at %1</source>
        <translation>Unter %1 antwortet kein Server</translation>
    </message>
    <message>
        <source>Server at %1 is not healthy: %2</source>
        <translation>Der Server unter %1 ist nicht betriebsbereit: %2</translation>
    </message>
    <message>
        <source>Server version and load</source>
        <translation>Serverversion und Auslastung</translation>
    </message>
    <message>
        <source>From the server&apos;s /version and /metrics, refreshed every few seconds</source>
        <translation>Aus /version und /metrics des Servers, alle paar Sekunden aktualisiert</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Eine neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The message being edited is no longer shown; nothing was sent.</source>
        <translation>Die bearbeitete Nachricht wird nicht mehr angezeigt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s API key from the keychain…</source>
        <translation>Der API-Schlüssel des Servers wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate your system does not trust:
%2

%3

Trust exactly this certificate for &quot;%4&quot;? Only do this if you know the server uses a self-signed certificate and this is its fingerprint. Any other certificate will still be refused.</source>
        <translation>Der Server unter %1 hat ein Zertifikat vorgelegt, dem Ihr System nicht vertraut:
%2

%3

Genau diesem Zertifikat für „%4“ vertrauen? Tun Sie das nur, wenn Sie wissen, dass der Server ein selbstsigniertes Zertifikat verwendet und dies sein Fingerabdruck ist. Jedes andere Zertifikat wird weiterhin abgelehnt.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Export conversation as &amp;Markdown…</source>
        <translation>Unterhaltung als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export conversation as &amp;JSON…</source>
        <translation>Unterhaltung als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>&amp;Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>Unterhaltungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Als „%1“ dupliziert.</translation>
    </message>
    <message>
        <source>%1 — Loquat</source>
        <translation>%1 — Loquat</translation>
    </message>
    <message>
        <source>Loquat keeps trying while it runs; nothing on screen is lost.</source>
        <translation>Loquat versucht es weiter, solange es läuft; nichts auf dem Bildschirm geht verloren.</translation>
    </message>
    <message>
        <source>Saving works again: everything on screen is written.</source>
        <translation>Speichern funktioniert wieder: Alles auf dem Bildschirm ist gespeichert.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it with Esc) first.</source>
        <translation>Warten Sie zuerst, bis die Antwort fertig ist (oder halten Sie sie mit Esc an).</translation>
    </message>
    <message>
        <source>Copied the message (as markdown) to the clipboard.</source>
        <translation>Die Nachricht wurde (als Markdown) in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Editing your message: sending it starts a new version from here; the old one is kept. Esc cancels.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Beim Senden beginnt ab hier eine neue Version; die alte bleibt erhalten. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Messages can only be deleted from a kept conversation.</source>
        <translation>Nachrichten können nur aus einer gespeicherten Unterhaltung gelöscht werden.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Nothing to export yet: this conversation has no messages.</source>
        <translation>Noch nichts zu exportieren: Diese Unterhaltung hat keine Nachrichten.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
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
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Click to load the image from %1</source>
        <translation>Klicken Sie, um das Bild von %1 zu laden</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Could not create the folder %1 for the attachments; nothing was exported.</source>
        <translation>Der Ordner %1 für die Anhänge konnte nicht angelegt werden; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>%1; nothing was exported.</source>
        <translation>%1; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n attachment(s) in %2.</source>
        <translation>
            <numerusform>Nach %1 exportiert, mit %n Anhang in %2.</numerusform>
            <numerusform>Nach %1 exportiert, mit %n Anhängen in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) could not be copied (no longer stored): %1 — the transcript says so where they were.</source>
        <translation>
            <numerusform>%n Anhang konnte nicht kopiert werden (nicht mehr gespeichert): %1 – das Protokoll vermerkt es an seiner Stelle.</numerusform>
            <numerusform>%n Anhänge konnten nicht kopiert werden (nicht mehr gespeichert): %1 – das Protokoll vermerkt es an ihrer Stelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <extracomment>Link above a code block in a chat message; copies the code to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Placeholder of an image in a chat message that has not been loaded.</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>(click to load the image from %1)</source>
        <extracomment>After an image&apos;s description; %1 is the image&apos;s full web address.</extracomment>
        <translation>(klicken Sie, um das Bild von %1 zu laden)</translation>
    </message>
</context>
<context>
    <name>MediaFormats</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP-Bild</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>QuickTime-Video</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>WebM-Video</translation>
    </message>
    <message>
        <source>Matroska video</source>
        <translation>Matroska-Video</translation>
    </message>
    <message>
        <source>WAV audio file</source>
        <translation>WAV-Audiodatei</translation>
    </message>
    <message>
        <source>MP3 audio file</source>
        <translation>MP3-Audiodatei</translation>
    </message>
    <message>
        <source>FLAC audio file</source>
        <translation>FLAC-Audiodatei</translation>
    </message>
    <message>
        <source>Ogg audio file</source>
        <translation>Ogg-Audiodatei</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <source>Images, video and audio (%1)</source>
        <translation>Bilder, Video und Audio (%1)</translation>
    </message>
    <message>
        <source>images PNG, JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG</source>
        <translation>Bilder PNG, JPEG, WebP, GIF, BMP; Video MP4, WebM, MOV, MKV; Audio WAV, MP3, FLAC, OGG</translation>
    </message>
</context>
<context>
    <name>MessageSection</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ Überlegungen</translation>
    </message>
    <message>
        <source>▸ Reasoning</source>
        <translation>▸ Überlegungen</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ Angehalten</translation>
    </message>
    <message>
        <source>■ Stopped · %1</source>
        <translation>■ Angehalten · %1</translation>
    </message>
    <message>
        <source>Interrupted: the app ended while this answer arrived</source>
        <translation>Unterbrochen: Die App wurde beendet, während diese Antwort eintraf</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>Am Token-Limit abgeschnitten</translation>
    </message>
    <message>
        <source>Cut off at the token limit · %1</source>
        <translation>Am Token-Limit abgeschnitten · %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>This answer is too long to show whole: the view shows its first %L1 characters of %L2. Copy takes all of it.</source>
        <translation>Diese Antwort ist zu lang, um sie vollständig anzuzeigen: Die Ansicht zeigt die ersten %L1 von %L2 Zeichen. „Kopieren“ übernimmt alles.</translation>
    </message>
    <message>
        <source>The reasoning is too long to show whole: the view shows its first %L1 characters of %L2.</source>
        <translation>Die Überlegungen sind zu lang, um sie vollständig anzuzeigen: Die Ansicht zeigt die ersten %L1 von %L2 Zeichen.</translation>
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
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 Prompt- + %2 Completion-Tokens</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 Completion-Tokens</translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation>%1 Prompt-Tokens</translation>
    </message>
</context>
<context>
    <name>ParamDiff</name>
    <message>
        <source>model: %1 → %2</source>
        <translation>Modell: %1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>profile: %1 → %2</source>
        <translation>Profil: %1 → %2</translation>
    </message>
</context>
<context>
    <name>PcaMapView</name>
    <message>
        <source>Map of the texts (PCA)</source>
        <translation>Karte der Texte (PCA)</translation>
    </message>
    <message>
        <source>Point under the pointer</source>
        <translation>Punkt unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Point at a dot to see its text.</source>
        <translation>Zeigen Sie auf einen Punkt, um seinen Text zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Berechnen Sie Vektoren für mindestens zwei Texte, um sie auf einer Karte zu sehen.</translation>
    </message>
    <message>
        <source>First component (%1 % of the variance)</source>
        <translation>Erste Komponente (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>Second component (%1 %)</source>
        <translation>Zweite Komponente (%1 %)</translation>
    </message>
    <message>
        <source>%1 texts: point at a dot to see its text.</source>
        <translation>%1 Texte: Zeigen Sie auf einen Punkt, um seinen Text zu sehen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>„System“ folgt der hellen oder dunklen Einstellung des Desktops</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Conversation font size</source>
        <translation>Schriftgröße der Unterhaltung</translation>
    </message>
    <message>
        <source>Also Ctrl+Plus, Ctrl+Minus and Ctrl+0 (or Ctrl+wheel) in the conversation</source>
        <translation>Auch Ctrl+Plus, Ctrl+Minus und Ctrl+0 (oder Ctrl+Mausrad) in der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Default conversation font size</source>
        <translation>Standardschriftgröße der Unterhaltung</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language changes when Loquat is started again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Loquat.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Conversation &amp;font size:</source>
        <translation>Schrift&amp;größe der Unterhaltung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Largest &amp;image:</source>
        <translation>Größtes &amp;Bild:</translation>
    </message>
    <message>
        <source>Largest image to attach, in megabytes</source>
        <translation>Größtes Bild, das angehängt werden kann, in Megabyte</translation>
    </message>
    <message>
        <source>Largest &amp;video:</source>
        <translation>Größtes &amp;Video:</translation>
    </message>
    <message>
        <source>Largest video to attach, in megabytes</source>
        <translation>Größtes Video, das angehängt werden kann, in Megabyte</translation>
    </message>
    <message>
        <source>Largest &amp;audio file:</source>
        <translation>Größte &amp;Audiodatei:</translation>
    </message>
    <message>
        <source>Largest audio file to attach, in megabytes</source>
        <translation>Größte Audiodatei, die angehängt werden kann, in Megabyte</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused when attached (default %1 MB, at most %2 MB)</source>
        <translation>Größere Dateien werden beim Anhängen abgelehnt (Standard %1 MB, höchstens %2 MB)</translation>
    </message>
    <message>
        <source>Default &amp;sizes</source>
        <translation>&amp;Standardgrößen</translation>
    </message>
    <message>
        <source>Default attachment size limits</source>
        <translation>Standard-Größenlimits für Anhänge</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Geben Sie der Voreinstellung einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>„%1“ ist eine integrierte Voreinstellung; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed.</source>
        <translation>Integrierte Voreinstellungen können nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists.</source>
        <translation>Eine Voreinstellung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted.</source>
        <translation>Integrierte Voreinstellungen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>Die Voreinstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not read the presets in %1: %2</source>
        <translation>Die Voreinstellungen in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The presets file %1 was not readable (%2); it was kept as %3.</source>
        <translation>Die Voreinstellungsdatei %1 war nicht lesbar (%2); sie wurde als %3 aufbewahrt.</translation>
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
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Stop trusting it</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer …&quot; to this server&apos;s address only; stored in the OS keychain, never in a file</source>
        <translation>Wird als &quot;Authorization: Bearer …&quot; nur an die Adresse dieses Servers gesendet; im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Where the API key is kept</source>
        <translation>Wo der API-Schlüssel gespeichert ist</translation>
    </message>
    <message>
        <source>The server&apos;s first model</source>
        <translation>Das erste Modell des Servers</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>First-byte time-out</source>
        <translation>Zeitlimit für das erste Byte</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer (queueing and prefill can take long)</source>
        <translation>Wie lange auf das erste Byte einer Antwort gewartet wird (Warteschlange und Prefill können lange dauern)</translation>
    </message>
    <message>
        <source>Idle time-out</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <source>How long a stream may stay silent between two chunks</source>
        <translation>Wie lange ein Stream zwischen zwei Chunks still bleiben darf</translation>
    </message>
    <message>
        <source>X-Team: nlp
(one &quot;Name: value&quot; per line, sent with every request to this server only)</source>
        <translation>X-Team: nlp
(ein &quot;Name: Wert&quot; pro Zeile, wird mit jeder Anfrage nur an diesen Server gesendet)</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>vllm serve Qwen/Qwen3-8B --port 8001</source>
        <translation>vllm serve Qwen/Qwen3-8B --port 8001</translation>
    </message>
    <message>
        <source>Local server command</source>
        <translation>Befehl für den lokalen Server</translation>
    </message>
    <message>
        <source>Optional: the command that starts this server on this machine. The API key is passed as VLLM_API_KEY.</source>
        <translation>Optional: der Befehl, der diesen Server auf diesem Rechner startet. Der API-Schlüssel wird als VLLM_API_KEY übergeben.</translation>
    </message>
    <message>
        <source>Local server state</source>
        <translation>Zustand des lokalen Servers</translation>
    </message>
    <message>
        <source>Local server log</source>
        <translation>Protokoll des lokalen Servers</translation>
    </message>
    <message>
        <source>The server&apos;s output appears here once it is started.</source>
        <translation>Die Ausgabe des Servers erscheint hier, sobald er gestartet ist.</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problem mit dem Profil</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Erstes Byte:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Leerlauf:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>Time-outs:</source>
        <translation>Zeitlimits:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Local server:</source>
        <translation>&amp;Lokaler Server:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie etwas wie http://localhost:8000/v1 oder host:8000 ein.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>No API key. Type one to store it in the OS keychain.</source>
        <translation>Kein API-Schlüssel. Geben Sie einen ein, um ihn im Schlüsselbund des Systems zu speichern.</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this run only: the OS keychain is unavailable.</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten: Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A key is stored in the unencrypted key file (the OS keychain is unavailable).</source>
        <translation>Ein Schlüssel ist in der unverschlüsselten Schlüsseldatei gespeichert (der Schlüsselbund des Systems ist nicht verfügbar).</translation>
    </message>
    <message>
        <source>This run uses the key from %1 (never stored).</source>
        <translation>Diese Sitzung verwendet den Schlüssel aus %1 (nie gespeichert).</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>Paste the server&apos;s --api-key</source>
        <translation>Fügen Sie den --api-key des Servers ein</translation>
    </message>
    <message>
        <source>•••••• (stored)</source>
        <translation>•••••• (gespeichert)</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Schlüssel wird entfernt…</translation>
    </message>
    <message>
        <source>The system decides which certificates to trust.</source>
        <translation>Das System entscheidet, welchen Zertifikaten vertraut wird.</translation>
    </message>
    <message>
        <source>Also trusted: the certificate with SHA-256 %1</source>
        <translation>Ebenfalls vertrauenswürdig: das Zertifikat mit SHA-256 %1</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet, z. B. vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Starting — waiting for /health to answer (loading a model can take minutes)…</source>
        <translation>Wird gestartet — warten auf Antwort von /health (das Laden eines Modells kann Minuten dauern)…</translation>
    </message>
    <message>
        <source>Running and ready.</source>
        <translation>Läuft und ist bereit.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its API key? Conversations that used it keep their text but will ask for another server.</source>
        <translation>„%1“ und seinen API-Schlüssel löschen? Unterhaltungen, die es verwendet haben, behalten ihren Text, fragen aber nach einem anderen Server.</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Ranken</translation>
    </message>
    <message>
        <source>Also rank with the server&apos;s &amp;reranker</source>
        <translation>&amp;Zusätzlich mit dem Reranker des Servers ranken</translation>
    </message>
    <message>
        <source>Reranker on the embeddings server</source>
        <translation>Reranker auf dem Embedding-Server</translation>
    </message>
    <message>
        <source>Reranker:</source>
        <translation>Reranker:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Ranking by embedding similarity</source>
        <translation>Ranking nach Embedding-Ähnlichkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Embedding rank</source>
        <translation>Embedding-Rang</translation>
    </message>
    <message>
        <source>Ranking by the reranker</source>
        <translation>Ranking durch den Reranker</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>A question or a sentence to rank every text against</source>
        <translation>Eine Frage oder ein Satz, an dem jeder Text gemessen wird</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>POST /v1/rerank, /rerank or /score: served for cross-encoders and embedding models</source>
        <translation>POST /v1/rerank, /rerank oder /score: verfügbar für Cross-Encoder und Embedding-Modelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;By embedding similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach Embedding-Ähnlichkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By the reranker&lt;/b&gt;</source>
        <translation>&lt;b&gt;Durch den Reranker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a query and press Enter.</source>
        <translation>Geben Sie eine Anfrage ein und drücken Sie Enter.</translation>
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
        <translation>es ist kein Bild, das Loquat anzeigt (PNG, JPEG, GIF, WebP oder BMP)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>das Bild ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Loquat shows (at most %3 pixels on a side and %4 megapixels)</source>
        <translation>das Bild hat %1×%2 Pixel, mehr als Loquat anzeigt (höchstens %3 Pixel pro Seite und %4 Megapixel)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete (%1)</source>
        <translation>das Bild ist beschädigt oder unvollständig (%1)</translation>
    </message>
    <message>
        <source>only http and https images can be loaded</source>
        <translation>nur Bilder über http und https können geladen werden</translation>
    </message>
    <message>
        <source>the address redirects to %1, which is not a web address</source>
        <translation>die Adresse leitet auf %1 um, das keine Webadresse ist</translation>
    </message>
    <message>
        <source>the address redirects from https to unencrypted http (%1)</source>
        <translation>die Adresse leitet von https auf unverschlüsseltes http um (%1)</translation>
    </message>
    <message>
        <source>the image is %1, more than the %2 Loquat loads</source>
        <translation>das Bild ist %1 groß, mehr als die %2, die Loquat lädt</translation>
    </message>
    <message>
        <source>the image is larger than the %1 Loquat loads</source>
        <translation>das Bild ist größer als die %1, die Loquat lädt</translation>
    </message>
    <message>
        <source>the server did not send it within %1 seconds</source>
        <translation>der Server hat es nicht innerhalb von %1 Sekunden gesendet</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>(loading the image from %1…)</source>
        <translation>(Bild wird von %1 geladen …)</translation>
    </message>
    <message>
        <source>(could not load the image: %1. Click to try again.)</source>
        <extracomment>After an image&apos;s description; %1 is why it could not be loaded (a sentence part).</extracomment>
        <translation>(Das Bild konnte nicht geladen werden: %1. Klicken Sie, um es erneut zu versuchen.)</translation>
    </message>
</context>
<context>
    <name>ReplayMedia</name>
    <message>
        <source>the %1 attachment of %2 (sha256 %3…)</source>
        <translation>der %1-Anhang mit %2 (sha256 %3…)</translation>
    </message>
    <message>
        <source>Not sent: %1 is no longer in the attachment store, so this request cannot be replayed as it was. Attach the file again and send a new message instead.</source>
        <translation>Nicht gesendet: %1 ist nicht mehr im Anhangsspeicher, daher lässt sich diese Anfrage nicht unverändert wiederholen. Hängen Sie die Datei erneut an und senden Sie stattdessen eine neue Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attachment(s) of this request, %1 among them, are no longer in the attachment store, so it cannot be replayed as it was.</source>
        <translation>
            <numerusform>Nicht gesendet: %n Anhang dieser Anfrage, darunter %1, ist nicht mehr im Anhangsspeicher, daher lässt sie sich nicht unverändert wiederholen.</numerusform>
            <numerusform>Nicht gesendet: %n Anhänge dieser Anfrage, darunter %1, sind nicht mehr im Anhangsspeicher, daher lässt sie sich nicht unverändert wiederholen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (%1)</source>
        <translation>
            <numerusform>%n Anhang (%1)</numerusform>
            <numerusform>%n Anhänge (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayRequest</name>
    <message>
        <source>Not sent: this request&apos;s attachments are kept in the history, which is not open.</source>
        <translation>Nicht gesendet: Die Anhänge dieser Anfrage liegen im Verlauf, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not saved: writing %1 failed (%2). Nothing was left behind.</source>
        <translation>Nicht gespeichert: Das Schreiben von %1 ist fehlgeschlagen (%2). Es wurde nichts zurückgelassen.</translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the attachment “%1” is no longer stored at %2</source>
        <translation>der Anhang „%1“ ist nicht mehr unter %2 gespeichert</translation>
    </message>
    <message>
        <source>the attachment %1 is no longer stored at %2</source>
        <translation>der Anhang %1 ist nicht mehr unter %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Replay in chat</source>
        <translation>Im Chat erneut senden</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>Im Vergleich öffnen</translation>
    </message>
    <message>
        <source>Request of this answer</source>
        <translation>Anfrage dieser Antwort</translation>
    </message>
    <message>
        <source>Sent to %1. The API key is sent in a header and is not part of the body.</source>
        <translation>Gesendet an %1. Der API-Schlüssel wird in einem Header gesendet und ist nicht Teil des Bodys.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Send this exact request again (same parameters and seed) as a new answer</source>
        <translation>Genau diese Anfrage erneut senden (gleiche Parameter und gleicher Seed) als neue Antwort</translation>
    </message>
    <message>
        <source>Use this request&apos;s model and parameters as a lane in Compare</source>
        <translation>Modell und Parameter dieser Anfrage als Spur im Vergleich verwenden</translation>
    </message>
    <message>
        <source>Copied the request as JSON.</source>
        <translation>Die Anfrage wurde als JSON kopiert.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Vollständigen Body speichern…</translation>
    </message>
    <message>
        <source>This body shows %1 as placeholders (&lt;attachment sha256=… bytes=…&gt;) instead of their data: Copy JSON and Copy as curl copy it so. Replay sends the files themselves; Save full body… writes the body with their data, for curl.</source>
        <translation>Dieser Body zeigt %1 als Platzhalter (&lt;attachment sha256=… bytes=…&gt;) statt ihrer Daten: „Copy JSON“ und „Copy as curl“ kopieren ihn so. Wiederholen sendet die Dateien selbst; „Vollständigen Body speichern…“ schreibt den Body mit ihren Daten, für curl.</translation>
    </message>
    <message>
        <source>Write the request body with the attachments&apos; data to a file</source>
        <translation>Den Anfrage-Body mit den Daten der Anhänge in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Copied the request as JSON, with placeholders for %1 (use Save full body… for their data).</source>
        <translation>Die Anfrage wurde als JSON kopiert, mit Platzhaltern für %1 (für ihre Daten „Vollständigen Body speichern…“ verwenden).</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, with placeholders for %1: the server would refuse it as it is (use Save full body… for their data).</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert, mit Platzhaltern für %1: Der Server würde sie so ablehnen (für ihre Daten „Vollständigen Body speichern…“ verwenden).</translation>
    </message>
    <message>
        <source>Server version: not reported by the server</source>
        <translation>Serverversion: vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>Server: vLLM %1</source>
        <translation>Server: vLLM %1</translation>
    </message>
    <message>
        <source>Answered by %1 · %2</source>
        <translation>Beantwortet von %1 · %2</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>the answer has no `results`</source>
        <translation>die Antwort hat keine `results`</translation>
    </message>
    <message>
        <source>the answer has no `data`</source>
        <translation>die Antwort hat kein `data`</translation>
    </message>
    <message>
        <source>a score does not match a document</source>
        <translation>ein Score passt zu keinem Dokument</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>&amp;Sampling parameters</source>
        <translation>&amp;Sampling-Parameter</translation>
    </message>
    <message>
        <source>Show or hide the sampling parameters</source>
        <translation>Sampling-Parameter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>(your next message)</source>
        <translation>(Ihre nächste Nachricht)</translation>
    </message>
    <message>
        <source>fix the sampling parameters first: %1</source>
        <translation>korrigieren Sie zuerst die Sampling-Parameter: %1</translation>
    </message>
    <message>
        <source>Not replayed: wait for the answer to finish.</source>
        <translation>Nicht erneut gesendet: Warten Sie, bis die Antwort fertig ist.</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Each token is shaded by its probability: red where the model was unsure, green where it was sure. Hover a token for the alternatives.</source>
        <translation>Jedes Token ist nach seiner Wahrscheinlichkeit eingefärbt: rot, wo das Modell unsicher war, grün, wo es sicher war. Zeigen Sie auf ein Token, um die Alternativen zu sehen.</translation>
    </message>
    <message>
        <source>This answer&apos;s request could not be read from the history.</source>
        <translation>Die Anfrage dieser Antwort konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation>Anfrage nicht gesendet</translation>
    </message>
    <message>
        <source>Save the full request body</source>
        <translation>Vollständigen Anfrage-Body speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the full request body to %1; a curl command that sends it is on the clipboard.</source>
        <translation>Der vollständige Anfrage-Body wurde in %1 gespeichert; ein curl-Befehl, der ihn sendet, ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SamplingFieldEditor</name>
    <message>
        <source>Ticked: sent as set here. Unticked: the server&apos;s default.</source>
        <translation>Angehakt: wird wie hier eingestellt gesendet. Nicht angehakt: Standardwert des Servers.</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default (not sent)</source>
        <translation>Zurück zum Standardwert des Servers (nicht gesendet)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Standardwert des Servers</translation>
    </message>
    <message>
        <source>server default: %1</source>
        <translation>Standardwert des Servers: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>one per line; \n is a newline</source>
        <translation>einer pro Zeile; \n ist ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>Enter a value, or untick to use the server&apos;s default.</source>
        <translation>Geben Sie einen Wert ein, oder entfernen Sie den Haken, um den Standardwert des Servers zu verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token id.</source>
        <translation>„%1“ ist keine Token-ID.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>Kein gültiges JSON bei %1: %2.</translation>
    </message>
    <message>
        <source>A schema is a JSON object ({…}).</source>
        <translation>Ein Schema ist ein JSON-Objekt ({…}).</translation>
    </message>
</context>
<context>
    <name>SamplingFields</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>How random the next token is: 0 always takes the most likely token (greedy), higher values spread the choice over more tokens.</source>
        <translation>Wie zufällig das nächste Token ist: 0 nimmt immer das wahrscheinlichste Token (greedy), höhere Werte verteilen die Wahl auf mehr Tokens.</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to p are candidates. 1 keeps every token.</source>
        <translation>Nucleus-Sampling: Nur die wahrscheinlichsten Tokens, deren Wahrscheinlichkeiten sich zu p summieren, kommen infrage. 1 behält alle Tokens.</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only the k most likely tokens are candidates. 0 or -1 turns the limit off.</source>
        <translation>Nur die k wahrscheinlichsten Tokens kommen infrage. 0 oder -1 schaltet die Grenze ab.</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Drops tokens less likely than min_p times the most likely token&apos;s probability. 0 turns it off.</source>
        <translation>Verwirft Tokens, die unwahrscheinlicher sind als min_p mal die Wahrscheinlichkeit des wahrscheinlichsten Tokens. 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seeds the sampler: the same seed, prompt and parameters give the same answer. Without it every answer is drawn afresh.</source>
        <translation>Initialisiert den Sampler: Gleicher Seed, Prompt und gleiche Parameter ergeben dieselbe Antwort. Ohne Seed wird jede Antwort neu gezogen.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>The most tokens the answer may have (reasoning included). Sent as max_completion_tokens (max_tokens to llama.cpp). Prompt plus this must fit the model&apos;s context.</source>
        <translation>Die höchste Anzahl Tokens, die die Antwort haben darf (Reasoning eingeschlossen). Wird als max_completion_tokens gesendet (max_tokens an llama.cpp). Prompt plus dieser Wert muss in den Kontext des Modells passen.</translation>
    </message>
    <message>
        <source>Min tokens</source>
        <translation>Min. Tokens</translation>
    </message>
    <message>
        <source>The answer is not allowed to end (EOS or stop) before this many tokens.</source>
        <translation>Die Antwort darf nicht vor dieser Anzahl Tokens enden (EOS oder Stopp).</translation>
    </message>
    <message>
        <source>Ignore end of sequence</source>
        <translation>Sequenzende ignorieren</translation>
    </message>
    <message>
        <source>Keeps generating after the model&apos;s end-of-sequence token, up to the token limit (for benchmarks).</source>
        <translation>Generiert nach dem Sequenzende-Token des Modells weiter, bis zum Token-Limit (für Benchmarks).</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging towards new topics; negative values encourage repeating them.</source>
        <translation>Positive Werte bestrafen bereits aufgetretene Tokens und lenken so zu neuen Themen; negative Werte fördern ihre Wiederholung.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <source>Like presence penalty, but growing with how often a token appeared.</source>
        <translation>Wie die Präsenzstrafe, aber wachsend mit der Häufigkeit eines Tokens.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Multiplies down tokens from the prompt and the answer so far: above 1 repeats less, below 1 more. 1 turns it off.</source>
        <translation>Gewichtet Tokens aus dem Prompt und der bisherigen Antwort herunter: über 1 weniger Wiederholung, unter 1 mehr. 1 schaltet es ab.</translation>
    </message>
    <message>
        <source>Stop strings</source>
        <translation>Stoppzeichenfolgen</translation>
    </message>
    <message>
        <source>The answer ends where one of these strings would appear (the string itself is not included). One per line; none may be empty.</source>
        <translation>Die Antwort endet dort, wo eine dieser Zeichenfolgen erscheinen würde (die Zeichenfolge selbst ist nicht enthalten). Eine pro Zeile; keine darf leer sein.</translation>
    </message>
    <message>
        <source>Stop token ids</source>
        <translation>Stopp-Token-IDs</translation>
    </message>
    <message>
        <source>The answer ends after any of these token ids. Separate them with commas or spaces.</source>
        <translation>Die Antwort endet nach einer dieser Token-IDs. Trennen Sie sie durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>Skip special tokens</source>
        <translation>Spezial-Tokens überspringen</translation>
    </message>
    <message>
        <source>Leaves special tokens (such as &lt;|im_end|&gt;) out of the text. Turn it off to see them.</source>
        <translation>Lässt Spezial-Tokens (wie &lt;|im_end|&gt;) im Text weg. Schalten Sie es ab, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Include stop string</source>
        <translation>Stoppzeichenfolge einschließen</translation>
    </message>
    <message>
        <source>Keeps the matched stop string at the end of the answer.</source>
        <translation>Behält die gefundene Stoppzeichenfolge am Ende der Antwort.</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Antworten (n)</translation>
    </message>
    <message>
        <source>How many alternative answers to sample for the same prompt; shown as tabs. More than 1 needs a temperature above 0.</source>
        <translation>Wie viele alternative Antworten für denselben Prompt erzeugt werden; als Tabs angezeigt. Mehr als 1 erfordert eine Temperatur über 0.</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Returns each answer token&apos;s log probability, so the answer can be shaded by how sure the model was.</source>
        <translation>Liefert die Log-Wahrscheinlichkeit jedes Antwort-Tokens, sodass die Antwort danach eingefärbt werden kann, wie sicher das Modell war.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Top-Alternativen</translation>
    </message>
    <message>
        <source>For each token, also return this many most likely alternatives (shown on hover). Needs log probabilities on; the server allows at most 20 unless started with a larger --max-logprobs.</source>
        <translation>Liefert zu jedem Token zusätzlich so viele wahrscheinlichste Alternativen (beim Darüberfahren angezeigt). Erfordert eingeschaltete Log-Wahrscheinlichkeiten; der Server erlaubt höchstens 20, sofern er nicht mit einem größeren --max-logprobs gestartet wurde.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Constrains the answer to JSON matching this schema (structured_outputs.json). Only one of schema, regex and choice can be used.</source>
        <translation>Beschränkt die Antwort auf JSON, das diesem Schema entspricht (structured_outputs.json). Nur eines von Schema, regulärem Ausdruck und Auswahl kann verwendet werden.</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Constrains the answer to text matching this regular expression (structured_outputs.regex).</source>
        <translation>Beschränkt die Antwort auf Text, der diesem regulären Ausdruck entspricht (structured_outputs.regex).</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>The answer is exactly one of these strings (structured_outputs.choice). One per line.</source>
        <translation>Die Antwort ist genau eine dieser Zeichenfolgen (structured_outputs.choice). Eine pro Zeile.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>For reasoning models whose chat template reads enable_thinking (Qwen3 and others): off answers without thinking first.</source>
        <translation>Für Reasoning-Modelle, deren Chat-Template enable_thinking auswertet (Qwen3 und andere): Aus antwortet ohne vorheriges Nachdenken.</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering, passed to the chat template (gpt-oss and others). Older servers accept only low, medium and high.</source>
        <translation>Wie viel ein Reasoning-Modell vor dem Antworten nachdenkt, an das Chat-Template übergeben (gpt-oss und andere). Ältere Server akzeptieren nur low, medium und high.</translation>
    </message>
    <message>
        <source>%1: the schema nests too deeply.</source>
        <translation>%1: Das Schema ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be one of %2, not %3.</source>
        <translation>%1: &quot;type&quot; muss eines von %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1: &quot;properties&quot; must be an object.</source>
        <translation>%1: &quot;properties&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;required&quot; must be a list of property names.</source>
        <translation>%1: &quot;required&quot; muss eine Liste von Eigenschaftsnamen sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty list of schemas.</source>
        <translation>%1: &quot;%2&quot; muss eine nicht leere Liste von Schemas sein.</translation>
    </message>
    <message>
        <source>%1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>%1: &quot;enum&quot; muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1: &quot;%2&quot; muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number, 0 or more.</source>
        <translation>%1: &quot;%2&quot; muss eine ganze Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not a valid regular expression.</source>
        <translation>%1: &quot;pattern&quot; ist kein gültiger regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>%1: a schema must be an object.</source>
        <translation>%1: Ein Schema muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>Not sent: the server uses %1.</source>
        <translation>Nicht gesendet: Der Server verwendet %1.</translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation>Zufälligkeit</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Stopping and tokens</source>
        <translation>Stoppen und Tokens</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>Strukturierte Ausgabe</translation>
    </message>
    <message>
        <source>Reasoning models</source>
        <translation>Reasoning-Modelle</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be in %2, not %3.</source>
        <translation>%1 muss in %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be on or off.</source>
        <translation>%1 muss an oder aus sein.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss eines von %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a list of strings.</source>
        <translation>%1 muss eine Liste von Zeichenfolgen sein.</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 benötigt mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>%1 cannot contain an empty string.</source>
        <translation>%1 darf keine leere Zeichenfolge enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a list of token ids.</source>
        <translation>%1 muss eine Liste von Token-IDs sein.</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, 0 or more.</source>
        <translation>%1 müssen ganze Zahlen größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 (at character %3).</source>
        <translation>%1 ist ungültig: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Top alternatives need log probabilities turned on.</source>
        <translation>Top-Alternativen erfordern eingeschaltete Log-Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>More than one answer needs a temperature above 0 (0 always picks the same tokens).</source>
        <translation>Mehr als eine Antwort erfordert eine Temperatur über 0 (0 wählt immer dieselben Tokens).</translation>
    </message>
    <message>
        <source>Min tokens (%1) cannot be more than max tokens (%2).</source>
        <translation>Min. Tokens (%1) darf nicht größer als Max. Tokens (%2) sein.</translation>
    </message>
    <message>
        <source>Use only one kind of structured output: a JSON schema, a regular expression or a choice.</source>
        <translation>Verwenden Sie nur eine Art strukturierter Ausgabe: ein JSON-Schema, einen regulären Ausdruck oder eine Auswahl.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be JSON, not &quot;%2&quot;.</source>
        <translation>%1 muss JSON sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>„%1“ ist nicht NAME=WERT.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Apply a preset: its fields replace the form&apos;s.</source>
        <translation>Eine Voreinstellung anwenden: Ihre Felder ersetzen die des Formulars.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the form as a preset of your own</source>
        <translation>Das Formular als eigene Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Every field back to the server&apos;s default</source>
        <translation>Alle Felder zurück auf den Standardwert des Servers</translation>
    </message>
    <message>
        <source>Start this model with this preset</source>
        <translation>Dieses Modell mit dieser Voreinstellung starten</translation>
    </message>
    <message>
        <source>Advanced JSON and the request</source>
        <translation>Erweitertes JSON und die Anfrage</translation>
    </message>
    <message>
        <source>Fields the form does not have (logit_bias, priority, bad_words, …) as a JSON object; they are merged into the request.</source>
        <translation>Felder, die das Formular nicht hat (logit_bias, priority, bad_words, …), als JSON-Objekt; sie werden in die Anfrage übernommen.</translation>
    </message>
    <message>
        <source>Advanced JSON</source>
        <translation>Erweitertes JSON</translation>
    </message>
    <message>
        <source>Request body (the API key travels in a header and is never shown):</source>
        <translation>Anfrage-Body (der API-Schlüssel wird in einem Header übertragen und nie angezeigt):</translation>
    </message>
    <message>
        <source>Request body preview</source>
        <translation>Vorschau des Anfrage-Bodys</translation>
    </message>
    <message>
        <source>Advanced JSON is not valid JSON: %1 (at character %2).</source>
        <translation>Das erweiterte JSON ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Advanced JSON must be one object: {&quot;field&quot;: value, …}.</source>
        <translation>Das erweiterte JSON muss ein einzelnes Objekt sein: {&quot;field&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Advanced JSON cannot set &quot;%1&quot;: the app sets it.</source>
        <translation>Das erweiterte JSON kann „%1“ nicht setzen: Die App setzt es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of the form above; set it there.</source>
        <translation>„%1“ ist ein Feld des Formulars oben; setzen Sie es dort.</translation>
    </message>
    <message>
        <source>Not sendable: %1</source>
        <translation>Nicht sendbar: %1</translation>
    </message>
    <message>
        <source>Everything is left to the server&apos;s defaults.</source>
        <translation>Alles bleibt bei den Standardwerten des Servers.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(benutzerdefiniert)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>Start %1 with this preset</source>
        <translation>%1 mit dieser Voreinstellung starten</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Voreinstellung:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Voreinstellung „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>Die OpenAI-Basis-URL des Servers; „host:8000“ wird für Sie ergänzt. Enter verbindet.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Erneut verbinden und die Modelle neu laden</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>Systemprompt anzeigen</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation, e.g. &quot;Answer briefly.&quot;</source>
        <translation>Optionale Anweisungen, die vor der Unterhaltung gesendet werden, z. B. „Antworte kurz.“</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Problem mit der Serveradresse</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>Systemprompt ausblenden</translation>
    </message>
    <message>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 Tokens</translation>
    </message>
    <message>
        <source>LoRA adapter of %1</source>
        <translation>LoRA-Adapter von %1</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Keine Modelle</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>The server profile in use; pick another to switch servers</source>
        <translation>Das verwendete Serverprofil; wählen Sie ein anderes, um den Server zu wechseln</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete server profiles (API keys, time-outs, headers, certificates, a local vLLM)</source>
        <translation>Serverprofile hinzufügen, bearbeiten, duplizieren oder löschen (API-Schlüssel, Zeitlimits, Header, Zertifikate, ein lokales vLLM)</translation>
    </message>
    <message>
        <source>Manage server profiles</source>
        <translation>Serverprofile verwalten</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
    <message>
        <source>The server profile this refers to no longer exists.</source>
        <translation>Das Serverprofil, auf das sich dies bezieht, existiert nicht mehr.</translation>
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
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>KV cache %1 %</source>
        <translation>KV-Cache %1 %</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Start the simulator to try Loquat</source>
        <translation>Starten Sie den Simulator, um Loquat auszuprobieren</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>Serverhinweis</translation>
    </message>
    <message>
        <source>Start the simulator</source>
        <translation>Simulator starten</translation>
    </message>
    <message>
        <source>Starts loquat-sim, a local stand-in for vLLM with deterministic answers</source>
        <translation>Startet loquat-sim, einen lokalen Ersatz für vLLM mit deterministischen Antworten</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there, enter another address above, or try Loquat with the bundled simulator.</source>
        <translation>Unter %1 antwortet kein Server. Starten Sie dort vLLM, geben Sie oben eine andere Adresse ein, oder probieren Sie Loquat mit dem mitgelieferten Simulator aus.</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there or enter another address above.</source>
        <translation>Unter %1 antwortet kein Server. Starten Sie dort vLLM oder geben Sie oben eine andere Adresse ein.</translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation>Simulator wird gestartet…</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Diesem Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <source>Saves it as a server profile and connects</source>
        <translation>Speichert ihn als Serverprofil und verbindet</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Serverprofil hinzufügen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Shows the certificate and lets you trust exactly this one for this server</source>
        <translation>Zeigt das Zertifikat an und lässt Sie genau diesem für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>A server answers at %1. Use it, add another server, or try the simulator.</source>
        <translation>Unter %1 antwortet ein Server. Verwenden Sie ihn, fügen Sie einen anderen Server hinzu, oder probieren Sie den Simulator aus.</translation>
    </message>
    <message>
        <source>A server answers at %1 (%2). Use it, add another server, or try the simulator.</source>
        <translation>Unter %1 antwortet ein Server (%2). Verwenden Sie ihn, fügen Sie einen anderen Server hinzu, oder probieren Sie den Simulator aus.</translation>
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
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>Die OpenAI-Basis-URL des Servers; „host:8000“ wird für Sie ergänzt. Enter verbindet.</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Erneut verbinden und die Modelle neu laden</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie etwas wie http://localhost:8000/v1 ein.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Keine Modelle</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>One of your server profiles (its address and its key from the OS keychain), or another address</source>
        <translation>Eines Ihrer Serverprofile (seine Adresse und sein Schlüssel aus dem Schlüsselbund des Betriebssystems) oder eine andere Adresse</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <source>A server that is none of your profiles: type its address</source>
        <translation>Ein Server, der keines Ihrer Profile ist: Geben Sie seine Adresse ein</translation>
    </message>
    <message>
        <source>The address of the profile %1 (edit it in Profiles…)</source>
        <translation>Die Adresse des Profils %1 (in Profile… bearbeiten)</translation>
    </message>
    <message>
        <source>The profile&apos;s API key could not be read: %1</source>
        <translation>Der API-Schlüssel des Profils konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Time-outs must be at least one second.</source>
        <translation>Zeitlimits müssen mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be set here; put an API key in the API key field.</source>
        <translation>Der Header „%1“ kann hier nicht gesetzt werden; tragen Sie einen API-Schlüssel in das Feld „API-Schlüssel“ ein.</translation>
    </message>
    <message>
        <source>Remove --api-key from the command: put the key in the API key field and Loquat passes it to vLLM as VLLM_API_KEY, so it is never saved in plain text.</source>
        <translation>Entfernen Sie --api-key aus dem Befehl: Tragen Sie den Schlüssel in das Feld „API-Schlüssel“ ein; Loquat übergibt ihn als VLLM_API_KEY an vLLM, sodass er nie im Klartext gespeichert wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header line (Name: value, ASCII only).</source>
        <translation>„%1“ ist keine Header-Zeile (Name: Wert, nur ASCII).</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Nach Name oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Enter sends and Shift+Enter starts a new line in the message field; Esc stops an answer or cancels an edit. Tab moves between controls.</source>
        <translation>Im Nachrichtenfeld sendet Enter und Shift+Enter beginnt eine neue Zeile; Esc hält eine Antwort an oder bricht eine Bearbeitung ab. Tab wechselt zwischen den Bedienelementen.</translation>
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
        <translation>Der Simulator (loquat-sim) wurde neben Loquat nicht gefunden.</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>Der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The simulator ended before it was ready.</source>
        <translation>Der Simulator wurde beendet, bevor er bereit war.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 ist beschädigt und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>schema version %1; this Loquat knows up to %2</source>
        <translation>Schemaversion %1; diese Loquat-Version kennt bis %2</translation>
    </message>
    <message>
        <source>%1 needs updating but cannot be written</source>
        <translation>%1 muss aktualisiert werden, kann aber nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full: the conversation is kept on screen but cannot be saved until space is freed.</source>
        <translation>Der Datenträger ist voll: Die Unterhaltung bleibt auf dem Bildschirm, kann aber erst gespeichert werden, wenn Platz frei wird.</translation>
    </message>
    <message>
        <source>The history cannot be written (the file or its folder is read-only): new messages are not saved.</source>
        <translation>Der Verlauf kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt): Neue Nachrichten werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>Die Verlaufsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Loquat: it is shown read-only and nothing in it is changed.</source>
        <translation>Der Verlauf wurde von einer neueren Version von Loquat geschrieben: Er wird schreibgeschützt angezeigt, und nichts darin wird geändert.</translation>
    </message>
    <message>
        <source>The history is busy in another program; the change will be tried again.</source>
        <translation>Der Verlauf wird gerade von einem anderen Programm verwendet; die Änderung wird erneut versucht.</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Full-text search is not available (this SQLite has no FTS5): search matches plain text instead, more slowly and without ranking.</source>
        <translation>Die Volltextsuche ist nicht verfügbar (dieses SQLite hat kein FTS5): Die Suche vergleicht stattdessen reinen Text, langsamer und ohne Ranking.</translation>
    </message>
    <message>
        <source>That conversation is not in the history.</source>
        <translation>Diese Unterhaltung ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>That is not a conversation Loquat can import.</source>
        <translation>Das ist keine Unterhaltung, die Loquat importieren kann.</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>The history file was damaged. It was kept as %1 and a new history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt. Sie wurde als %1 aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history could not be opened (%1): conversations are not saved.</source>
        <translation>Der Verlauf konnte nicht geöffnet werden (%1): Unterhaltungen werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>StreamedBody</name>
    <message>
        <source>the attachment %1 could not be read whole</source>
        <translation>der Anhang %1 konnte nicht vollständig gelesen werden</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Choose the parameter to vary.</source>
        <translation>Wählen Sie den Parameter, der variiert werden soll.</translation>
    </message>
    <message>
        <source>A range is start:stop:step with numbers, stop ≥ start and a step above 0, like 0:1.2:0.4.</source>
        <translation>Ein Bereich ist start:stop:schritt mit Zahlen, stop ≥ start und einem Schritt über 0, etwa 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>That range makes %1 values; at most %2 are allowed.</source>
        <translation>Dieser Bereich ergibt %1 Werte; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Enter the values to try, like 0, 0.4, 0.8 or 0:1.2:0.4.</source>
        <translation>Geben Sie die zu testenden Werte ein, etwa 0, 0.4, 0.8 oder 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>At most %1 values are allowed.</source>
        <translation>Höchstens %1 Werte sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Parameterreihe</translation>
    </message>
    <message>
        <source>A list (0, 0.4, 0.8) or a range start:stop:step (0:1.2:0.4). For seeds: 1:4:1.</source>
        <translation>Eine Liste (0, 0.4, 0.8) oder ein Bereich start:stop:schritt (0:1.2:0.4). Für Seeds: 1:4:1.</translation>
    </message>
    <message>
        <source>Run every lane this many times to see how much the answers vary</source>
        <translation>Jede Spur so oft ausführen, um zu sehen, wie stark die Antworten variieren</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Repeat each</source>
        <translation>Wiederholungen je Spur</translation>
    </message>
    <message>
        <source>Make lanes</source>
        <translation>Spuren erzeugen</translation>
    </message>
    <message>
        <source>That makes %1 lanes; at most %2 run side by side.</source>
        <translation>Das ergibt %1 Spuren; höchstens %2 laufen nebeneinander.</translation>
    </message>
    <message numerus="yes">
        <source>Makes %n lane(s).</source>
        <translation>
            <numerusform>Erzeugt %n Spur.</numerusform>
            <numerusform>Erzeugt %n Spuren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field (a missing closing quote).</source>
        <translation>Die CSV-Datei endet innerhalb eines Felds in Anführungszeichen (ein schließendes Anführungszeichen fehlt).</translation>
    </message>
    <message>
        <source>The CSV file holds no records.</source>
        <translation>Die CSV-Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Zeile %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>Die Datei enthält keine JSON-Objekte.</translation>
    </message>
    <message>
        <source>No line of the file is a JSON object.</source>
        <translation>Keine Zeile der Datei ist ein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Names: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Namen: %3
Gültig von %4 bis %5
SHA-256: %6</translation>
    </message>
</context>
<context>
    <name>TokenBudgetLabel</name>
    <message>
        <source>Prompt size</source>
        <translation>Prompt-Größe</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens and the answer may take %2, but the model holds %3. Shorten the message, lower max_tokens or start a new chat.</source>
        <translation>Passt nicht: Der Prompt belegt %1 Tokens und die Antwort darf %2 belegen, das Modell fasst aber %3. Kürzen Sie die Nachricht, senken Sie max_tokens oder beginnen Sie einen neuen Chat.</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens but the model holds %2. Shorten the message or start a new chat.</source>
        <translation>Passt nicht: Der Prompt belegt %1 Tokens, das Modell fasst aber %2. Kürzen Sie die Nachricht oder beginnen Sie einen neuen Chat.</translation>
    </message>
    <message>
        <source>Prompt: %1 of %2 tokens</source>
        <translation>Prompt: %1 von %2 Tokens</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens</source>
        <translation>Prompt: %1 Tokens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for vLLM servers.</source>
        <translation>Ein Desktop-Client für vLLM-Server.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Keep the history in DIR (default: $LOQUAT_DATA_DIR, else the platform&apos;s data folder; loquat-cli uses the same).</source>
        <translation>Den Verlauf in DIR speichern (Standard: $LOQUAT_DATA_DIR, sonst der Datenordner der Plattform; loquat-cli verwendet denselben).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
</context>
</TS>
