// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <expected>

class QNetworkRequest;

namespace Stasis
{

class DockerContextStore;

/// Where an engine listens: a Unix socket (`unix:///path`), a TCP port
/// (`tcp://host:port`) in plain HTTP or in TLS, or a host reached with ssh
/// (`ssh://[user@]host[:port]`, through SshTunnel as the Docker CLI does).
class EngineEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::EngineEndpoint)

public:
    static constexpr QLatin1StringView defaultHost{"unix:///var/run/docker.sock"};

    /// Parses a DOCKER_HOST-style URL, without TLS; the error says what is wrong with it.
    static std::expected<EngineEndpoint, QString> parse(const QString &hostUrl);

    /// Finds the engine the way the Docker CLI does:
    /// 1. @p explicitHost (`--host`) or @p explicitContext (`--context`); giving both is an error;
    /// 2. DOCKER_HOST;
    /// 3. DOCKER_CONTEXT, else `currentContext` of $DOCKER_CONFIG/config.json, read from
    ///    the contexts store; the context `default` means the default socket;
    /// 4. the default socket, defaultHost.
    /// A tcp:// host from 1 or 2 uses TLS like the Docker CLI when DOCKER_TLS_VERIFY,
    /// DOCKER_TLS or DOCKER_CERT_PATH is set: ca.pem, and cert.pem with key.pem when present,
    /// from DOCKER_CERT_PATH (default $DOCKER_CONFIG, i.e. ~/.docker); the engine's certificate
    /// is verified only when DOCKER_TLS_VERIFY is set. A context's TLS material is its own.
    static std::expected<EngineEndpoint, QString> resolve(const QString &explicitHost = {}, const QString &explicitContext = {});
    /// What a user typed to name an engine: an address (with "://") as resolve()'s
    /// explicit host, anything else as a Docker context's name.
    static std::expected<EngineEndpoint, QString> resolveAddressOrContext(const QString &text);

    /// The Docker endpoint of the context @p name of @p store, with its TLS material.
    static std::expected<EngineEndpoint, QString> fromContext(const QString &name, const DockerContextStore &store);

    /// This endpoint over TLS with the material in @p directory: ca.pem (required if
    /// @p caRequired), cert.pem and key.pem (both or neither). The error names the file at fault.
    std::expected<EngineEndpoint, QString> withTls(const QString &directory, bool verifyPeer, bool caRequired = true) const;

    bool isUnixSocket() const
    {
        return !m_socketPath.isEmpty();
    }
    bool usesSsh() const
    {
        return m_ssh;
    }
    /// A tcp:// endpoint, the only kind that can use TLS.
    bool isTcp() const
    {
        return !isUnixSocket() && !m_ssh;
    }
    /// The socket's path, for unix:// endpoints.
    QString socketPath() const
    {
        return m_socketPath;
    }
    /// The host name or address, for tcp:// and ssh:// endpoints.
    QString host() const
    {
        return m_host;
    }
    /// The user ssh logs in as, for ssh:// endpoints; empty for ssh's own choice.
    QString sshUser() const
    {
        return m_sshUser;
    }
    /// The TCP port, for tcp:// endpoints and ssh:// ones that name it; -1 otherwise.
    int port() const
    {
        return m_port;
    }
    bool usesTls() const
    {
        return m_tls;
    }
    /// Whether the engine's certificate is checked, for TLS endpoints.
    bool verifiesPeer() const;
    /// Why this connection cannot be trusted with checkpoints, which carry
    /// every memory page: plain HTTP to another machine, or TLS without
    /// checking the engine's certificate. Empty when it can be.
    QString insecurity() const;
    /// How the connection is protected, in a few words for the window.
    QString protection() const;
    /// What the user should fix but that does not stop the connection
    /// (e.g. a client key other users can read).
    const QStringList &warnings() const
    {
        return m_warnings;
    }
    /// The folder of ca.pem, cert.pem and key.pem, for TLS endpoints.
    QString tlsDirectory() const
    {
        return m_tlsDirectory;
    }
    /// The CA, client certificate and key, for TLS endpoints.
    QSslConfiguration sslConfiguration() const
    {
        return m_sslConfiguration;
    }
    /// The Docker context this endpoint came from; empty when it came from a host URL
    /// or the default socket (the CLI's "default" context).
    QString contextName() const
    {
        return m_contextName;
    }

    /// Scheme and authority of every request's URL (the path is the caller's):
    /// `unix+http://docker` (for ssh too), `http://host:port` or `https://host:port`.
    QUrl baseUrl() const;
    /// Sets what a request needs to reach this endpoint: the socket, or the TLS
    /// configuration; for ssh, EngineClient sets its tunnel's socket.
    void applyTo(QNetworkRequest &request) const;
    /// The URL the user gave or would give, e.g. `unix:///var/run/docker.sock` or `tcp://host:2376`.
    QString displayUrl() const;

private:
    QString m_socketPath;
    QString m_host;
    int m_port = -1;
    bool m_ssh = false;
    QString m_sshUser;
    bool m_tls = false;
    QString m_tlsDirectory;
    QSslConfiguration m_sslConfiguration;
    QString m_contextName;
    QStringList m_warnings;
};

} // namespace Stasis
