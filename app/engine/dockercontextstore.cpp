// SPDX-License-Identifier: GPL-2.0-or-later
#include "dockercontextstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Stasis
{

namespace
{

/// The JSON object in @p path; nullopt when there is no such file. An error names the file.
std::expected<std::optional<QJsonObject>, QString> readObject(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(DockerContextStore::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(DockerContextStore::tr("%1 is not valid JSON: %2 at byte %3").arg(path, error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return std::unexpected(DockerContextStore::tr("%1 is not a JSON object").arg(path));
    }
    return document.object();
}

/// Like the Docker CLI's Go decoder: an exact key first, then one that differs only in case.
QJsonValue member(const QJsonObject &object, QLatin1StringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd()) {
        return *exact;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}
} // namespace

DockerContextStore::DockerContextStore(const QString &configDirectory)
    : m_configDirectory(configDirectory)
{
}

QString DockerContextStore::defaultConfigDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("DOCKER_CONFIG");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir::home().filePath(QStringLiteral(".docker"));
}

QString DockerContextStore::contextId(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DockerContextStore::configFile() const
{
    return QDir(m_configDirectory).filePath(QStringLiteral("config.json"));
}

QString DockerContextStore::metaFile(const QString &name) const
{
    return QDir(m_configDirectory).filePath(QLatin1String("contexts/meta/") + contextId(name) + QLatin1String("/meta.json"));
}

QString DockerContextStore::tlsDirectory(const QString &name) const
{
    return QDir(m_configDirectory).filePath(QLatin1String("contexts/tls/") + contextId(name) + QLatin1String("/docker"));
}

std::expected<QString, QString> DockerContextStore::currentContext() const
{
    const auto config = readObject(configFile());
    if (!config) {
        return std::unexpected(tr("The Docker configuration cannot be used: %1.").arg(config.error()));
    }
    if (!config->has_value()) {
        return QString();
    }
    const QJsonValue current = member(**config, QLatin1StringView("currentContext"));
    if (current.isUndefined() || current.isNull()) {
        return QString();
    }
    if (!current.isString()) {
        return std::unexpected(tr("The Docker configuration %1 is malformed: currentContext is not a string.").arg(configFile()));
    }
    return current.toString();
}

QStringList DockerContextStore::contextNames() const
{
    QStringList names;
    const QDir meta(QDir(m_configDirectory).filePath(QStringLiteral("contexts/meta")));
    for (const QString &folder : meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto object = readObject(meta.filePath(folder + QLatin1String("/meta.json")));
        if (!object || !object->has_value()) {
            continue;
        }
        const QString name = member(**object, QLatin1StringView("Name")).toString();
        if (!name.isEmpty() && contextId(name) == folder) {
            names.append(name);
        }
    }
    names.sort();
    return names;
}

std::expected<DockerContext, QString> DockerContextStore::context(const QString &name) const
{
    DockerContext context;
    context.name = name;
    context.metaFile = metaFile(name);
    context.tlsDirectory = tlsDirectory(name);

    const auto meta = readObject(context.metaFile);
    if (!meta) {
        return std::unexpected(tr("The Docker context '%1' cannot be used: %2.").arg(name, meta.error()));
    }
    if (!meta->has_value()) {
        return std::unexpected(tr("There is no Docker context '%1': %2 does not exist (`docker context ls` lists the contexts).").arg(name, context.metaFile));
    }
    const auto malformed = [&](const QString &what) {
        return std::unexpected(tr("The Docker context '%1' is malformed: %2 in %3.").arg(name, what, context.metaFile));
    };

    const QJsonValue endpoints = member(**meta, QLatin1StringView("Endpoints"));
    if (!endpoints.isUndefined() && !endpoints.isNull() && !endpoints.isObject()) {
        return malformed(tr("Endpoints is not an object"));
    }
    const QJsonValue docker = member(endpoints.toObject(), QLatin1StringView("docker"));
    if (docker.isUndefined() || docker.isNull()) {
        return std::unexpected(tr("The Docker context '%1' has no docker endpoint in %2.").arg(name, context.metaFile));
    }
    if (!docker.isObject()) {
        return malformed(tr("Endpoints.docker is not an object"));
    }
    const QJsonValue host = member(docker.toObject(), QLatin1StringView("Host"));
    if (!host.isUndefined() && !host.isNull() && !host.isString()) {
        return malformed(tr("Endpoints.docker.Host is not a string"));
    }
    const QJsonValue skipTlsVerify = member(docker.toObject(), QLatin1StringView("SkipTLSVerify"));
    if (!skipTlsVerify.isUndefined() && !skipTlsVerify.isNull() && !skipTlsVerify.isBool()) {
        return malformed(tr("Endpoints.docker.SkipTLSVerify is not true or false"));
    }
    context.host = host.toString();
    context.skipTlsVerify = skipTlsVerify.toBool();
    return context;
}

} // namespace Stasis
