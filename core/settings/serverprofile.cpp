#include "serverprofile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

ServerConfig ServerProfile::serverConfig(const QString &apiKey) const
{
    ServerConfig config;
    config.profileId = id;
    config.profileName = name;
    config.baseUrl = baseUrl;
    config.apiKey = apiKey;
    config.firstByteTimeoutMs = firstByteTimeoutMs;
    config.idleTimeoutMs = idleTimeoutMs;
    config.extraHeaders = extraHeaders;
    config.trustedCertificateSha256 = trustedCertificateSha256;
    return config;
}

QString ServerProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https")))
        return tr("Enter the server's address, for example http://localhost:8000/v1.");
    if (firstByteTimeoutMs <= 0 || idleTimeoutMs <= 0)
        return tr("Time-outs must be at least one second.");
    for (const auto &[header, value] : extraHeaders) {
        if (isReservedHeader(header))
            return tr("The header \"%1\" cannot be set here; put an API key in the API key field.")
                .arg(QString::fromLatin1(header));
    }
    if (commandCarriesKey(serveCommand))
        return tr("Remove --api-key from the command: put the key in the API key field and Loquat "
                  "passes it to vLLM as VLLM_API_KEY, so it is never saved in plain text.");
    return {};
}

bool ServerProfile::isReservedHeader(const QByteArray &name)
{
    static const QList<QByteArray> reserved{
        "authorization", "proxy-authorization", "cookie",     "host",           "content-length",
        "content-type",  "transfer-encoding",   "connection", "accept-encoding"};
    return reserved.contains(name.trimmed().toLower());
}

HeaderList ServerProfile::parseHeaders(const QString &text, QString *error)
{
    HeaderList headers;
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        const QString value = colon > 0 ? line.mid(colon + 1).trimmed() : QString();
        bool printable = true;
        for (const QChar c : value)
            printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7f;
        if (name.isEmpty() || !token.match(name).hasMatch() || !printable) {
            if (error && error->isEmpty())
                *error = tr("\"%1\" is not a header line (Name: value, ASCII only).").arg(line);
            continue;
        }
        headers.append({name.toLatin1(), value.toLatin1()});
    }
    return headers;
}

QString ServerProfile::formatHeaders(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value));
    return lines.join(QLatin1Char('\n'));
}

bool ServerProfile::commandCarriesKey(const QString &command)
{
    for (const QString &argument : QProcess::splitCommand(command)) {
        if (argument == QLatin1String("--api-key") || argument.startsWith(QLatin1String("--api-key=")) ||
            argument.startsWith(QLatin1String("VLLM_API_KEY=")))
            return true;
    }
    return false;
}

QString ServerProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
