<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the server at its address: nothing is listening (is vLLM running, or still loading the model?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the server: the host name does not resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending for too long; the answer so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context (HTTP 400): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error while answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected too many times (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected (HTTP %1) to an address Loquat does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a chat completion chunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the reply carried no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  loquat-cli models [--url URL] [--json]
  loquat-cli chat [--url URL] --model M [--system TEXT] [--param NAME=VALUE]... [--json]
                  [--no-stream] PROMPT|-

--url defaults to $LOQUAT_URL, else http://localhost:8000/v1.
--param takes vLLM&apos;s own field names (temperature, top_k, min_p, seed, stop, max_tokens, ...);
  values are read as JSON where they parse: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
PROMPT &apos;-&apos; (or none) reads the prompt from standard input.
The API key comes from LOQUAT_API_KEY, else VLLM_API_KEY, else OPENAI_API_KEY.
LOQUAT_TIMEOUT (seconds) sets the first-byte and idle time-outs (default 180).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is never taken from the command line; set LOQUAT_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command: models or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use models or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (try http://localhost:8000/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat needs --model (loquat-cli models lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loquat-cli: could not read the prompt from standard input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loquat-cli: the prompt is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line, Esc to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the code to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loquat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server health indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to finish, or choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first: the server has not offered one yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server healthy · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answers at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server at %1 is not healthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <extracomment>Link above a code block in a chat message; copies the code to the clipboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSection</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the app ended while this answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off at the token limit · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation, e.g. &quot;Answer briefly.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Start the simulator to try Loquat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts loquat-sim, a local stand-in for vLLM with deterministic answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there, enter another address above, or try Loquat with the bundled simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there or enter another address above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorLauncher</name>
    <message>
        <source>The simulator (loquat-sim) was not found next to Loquat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ended before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for vLLM servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
