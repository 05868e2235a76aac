#include "chatchunk.h"

#include "jsonreader.h"

namespace {

// Strings the protocol types as "string or null": null reads as empty, other types are skipped.
bool readOptionalString(JsonReader &json, QString &out)
{
    out.resize(0);
    if (json.peek() == JsonReader::Type::String)
        return json.readString(out);
    json.skipValue();
    return !json.failed();
}

bool readOptionalInteger(JsonReader &json, qint64 &out)
{
    if (json.peek() == JsonReader::Type::Number)
        return json.readInteger(out);
    json.skipValue();
    return !json.failed();
}

bool parseFragment(JsonReader &json, ChatChunkToolFragment &fragment)
{
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "index") {
            readOptionalInteger(json, fragment.index);
        } else if (key == "id") {
            readOptionalString(json, fragment.id);
        } else if (key == "type") {
            readOptionalString(json, fragment.type);
        } else if (key == "function" && json.peek() == JsonReader::Type::Object) {
            json.enterObject();
            QByteArrayView inner;
            while (json.nextMember(inner)) {
                if (inner == "name")
                    readOptionalString(json, fragment.name);
                else if (inner == "arguments")
                    readOptionalString(json, fragment.arguments);
                else
                    json.skipValue();
            }
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}

bool parseDelta(JsonReader &json, ChatChunkChoice &choice)
{
    if (json.readNull())
        return true;
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "content") {
            readOptionalString(json, choice.content);
        } else if (key == "reasoning") {
            readOptionalString(json, choice.reasoning);
        } else if (key == "reasoning_content") {
            readOptionalString(json, choice.reasoningContent);
        } else if (key == "role") {
            readOptionalString(json, choice.role);
        } else if (key == "tool_calls" && json.peek() == JsonReader::Type::Array) {
            json.enterArray();
            while (json.nextElement()) {
                if (!parseFragment(json, choice.addFragment()))
                    return false;
            }
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}

bool readOptionalDouble(JsonReader &json, double &out)
{
    if (json.peek() == JsonReader::Type::Number)
        return json.readDouble(out);
    json.skipValue();
    return !json.failed();
}

// One `{"token","logprob","bytes","top_logprobs":[...]}` entry; `bytes` is skipped (the token text
// already holds the decoded characters).
bool parseTokenLogprob(JsonReader &json, TokenLogprob &entry)
{
    if (!json.enterObject())
        return false;
    qsizetype topCount = 0;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "token") {
            readOptionalString(json, entry.token);
        } else if (key == "logprob") {
            readOptionalDouble(json, entry.logprob);
        } else if (key == "top_logprobs" && json.peek() == JsonReader::Type::Array) {
            json.enterArray();
            while (json.nextElement()) {
                if (topCount == entry.top.size())
                    entry.top.emplace_back();
                TopLogprob &top = entry.top[topCount++];
                top.token.resize(0);
                top.logprob = 0;
                if (!json.enterObject())
                    return false;
                QByteArrayView inner;
                while (json.nextMember(inner)) {
                    if (inner == "token")
                        readOptionalString(json, top.token);
                    else if (inner == "logprob")
                        readOptionalDouble(json, top.logprob);
                    else
                        json.skipValue();
                }
            }
        } else {
            json.skipValue();
        }
    }
    entry.top.resize(topCount);
    return !json.failed();
}

// `null` (the usual case, one cheap literal) or `{"content":[...]}`.
bool parseLogprobs(JsonReader &json, ChatChunkChoice &choice)
{
    if (json.readNull())
        return true;
    if (json.peek() != JsonReader::Type::Object) {
        json.skipValue();
        return !json.failed();
    }
    json.enterObject();
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "content" && json.peek() == JsonReader::Type::Array) {
            json.enterArray();
            while (json.nextElement()) {
                if (!parseTokenLogprob(json, choice.addLogprob()))
                    return false;
            }
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}

bool parseChoice(JsonReader &json, ChatChunkChoice &choice)
{
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "index") {
            readOptionalInteger(json, choice.index);
        } else if (key == "delta") {
            if (!parseDelta(json, choice))
                return false;
        } else if (key == "finish_reason") {
            readOptionalString(json, choice.finishReason);
        } else if (key == "logprobs") {
            if (!parseLogprobs(json, choice))
                return false;
        } else if (key == "stop_reason") {
            const QJsonValue value = json.readValue();
            if (value.isString() || value.isDouble())
                choice.stopReason = value;
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}

bool parseUsage(JsonReader &json, Usage &usage)
{
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "prompt_tokens") {
            readOptionalInteger(json, usage.promptTokens);
        } else if (key == "completion_tokens") {
            readOptionalInteger(json, usage.completionTokens);
        } else if (key == "total_tokens") {
            readOptionalInteger(json, usage.totalTokens);
        } else if (key == "prompt_tokens_details" && json.peek() == JsonReader::Type::Object) {
            json.enterObject();
            QByteArrayView inner;
            while (json.nextMember(inner)) {
                if (inner == "cached_tokens")
                    readOptionalInteger(json, usage.cachedTokens);
                else
                    json.skipValue();
            }
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}

} // namespace

void ChatChunkToolFragment::clear()
{
    index = -1;
    id.resize(0);
    type.resize(0);
    name.resize(0);
    arguments.resize(0);
}

void ChatChunkChoice::clear()
{
    index = 0;
    role.resize(0);
    content.resize(0);
    reasoning.resize(0);
    reasoningContent.resize(0);
    finishReason.resize(0);
    stopReason = QJsonValue();
    fragmentCount = 0;
    logprobCount = 0;
}

TokenLogprob &ChatChunkChoice::addLogprob()
{
    if (logprobCount == logprobs.size())
        logprobs.emplace_back();
    TokenLogprob &entry = logprobs[logprobCount++];
    entry.token.resize(0);
    entry.logprob = 0;
    return entry;
}

ChatChunkToolFragment &ChatChunkChoice::addFragment()
{
    if (fragmentCount == fragments.size())
        fragments.emplace_back();
    ChatChunkToolFragment &fragment = fragments[fragmentCount++];
    fragment.clear();
    return fragment;
}

void ChatChunk::clear()
{
    id.resize(0);
    model.resize(0);
    fingerprint.resize(0);
    hasUsage = false;
    usage = Usage();
    hasError = false;
    error = QJsonValue();
    choiceCount = 0;
}

ChatChunkChoice &ChatChunk::addChoice()
{
    if (choiceCount == choices.size())
        choices.emplace_back();
    ChatChunkChoice &choice = choices[choiceCount++];
    choice.clear();
    return choice;
}

bool ChatChunk::parse(JsonReader &json)
{
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextMember(key)) {
        if (key == "choices") {
            if (json.readNull())
                continue;
            if (!json.enterArray())
                return false;
            while (json.nextElement()) {
                if (!parseChoice(json, addChoice()))
                    return false;
            }
        } else if (key == "id") {
            readOptionalString(json, id);
        } else if (key == "model") {
            readOptionalString(json, model);
        } else if (key == "system_fingerprint") {
            readOptionalString(json, fingerprint);
        } else if (key == "usage") {
            if (json.readNull())
                continue;
            hasUsage = true;
            if (!parseUsage(json, usage))
                return false;
        } else if (key == "error") {
            error = json.readValue();
            hasError = !error.isNull() && !error.isUndefined();
        } else {
            json.skipValue();
        }
    }
    return !json.failed();
}
