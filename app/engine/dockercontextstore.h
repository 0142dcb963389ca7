// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <expected>

namespace Stasis
{

/// The Docker endpoint of one context of the Docker CLI's store.
struct DockerContext {
    QString name;
    /// The endpoint's `Host`, e.g. `tcp://host:2376`; empty means the default socket.
    QString host;
    bool skipTlsVerify = false;
    /// Where the endpoint's ca.pem, cert.pem and key.pem would be; any may be missing.
    QString tlsDirectory;
    /// The meta.json the context was read from, for messages.
    QString metaFile;
};

/// Reads the Docker CLI's configuration folder ($DOCKER_CONFIG, default ~/.docker):
/// `config.json` for the current context and the contexts store under `contexts/`,
/// `meta/<sha256 of the name>/meta.json` and `tls/<sha256 of the name>/docker/*.pem`.
/// Read-only and synchronous: these are a few small local files.
class DockerContextStore
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::DockerContextStore)

public:
    static constexpr QLatin1StringView defaultContextName{"default"};

    explicit DockerContextStore(const QString &configDirectory = defaultConfigDirectory());

    /// $DOCKER_CONFIG, or ~/.docker without it.
    static QString defaultConfigDirectory();
    /// The folder name the store uses for a context: the SHA-256 of its name, in hex.
    static QString contextId(const QString &name);

    QString configDirectory() const
    {
        return m_configDirectory;
    }
    QString configFile() const;
    QString metaFile(const QString &name) const;
    QString tlsDirectory(const QString &name) const;

    /// `currentContext` of config.json; empty when the file or the entry is missing.
    std::expected<QString, QString> currentContext() const;
    /// The names of the contexts in the store, sorted; a folder whose meta.json
    /// is malformed or names another context than its folder says is left out.
    QStringList contextNames() const;
    /// The context called @p name; the error says what is missing or malformed, and where.
    std::expected<DockerContext, QString> context(const QString &name) const;

private:
    QString m_configDirectory;
};

} // namespace Stasis
