// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineendpoint.h"

#include "dockercontextstore.h"
#include "tlsfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace Stasis
{

namespace
{

/// For transform_error. The explicit QString matters: with QStringBuilder, `prefix + error`
/// alone would make the error type a builder that refers to dead strings.
auto prefixed(const QString &prefix)
{
    return [prefix](const QString &error) -> QString {
        return prefix + error;
    };
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

struct HostAndPort {
    QString host;
    int port = -1;
};

/// The `host[:port]` of @p url after its `scheme://`, @p rest; IPv6 addresses
/// in brackets, no path. Without @p portRequired the port may be left out (-1).
std::expected<HostAndPort, QString> hostAndPort(const QString &url, const QString &rest, bool portRequired)
{
    const QString scheme = url.left(url.indexOf(QLatin1String("://")));
    const QString form = portRequired ? scheme + QLatin1String("://host:port") : scheme + QLatin1String("://user@host[:port]");
    QString authority = rest;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        if (rest.mid(slash) != QLatin1String("/")) {
            return std::unexpected(EngineEndpoint::tr("'%1' takes no path; write %2.").arg(url, form));
        }
        authority = rest.left(slash);
    }
    QString host;
    QString portText;
    bool hasPort = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return std::unexpected(EngineEndpoint::tr("'%1': the IPv6 address lacks its closing bracket.").arg(url));
        }
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            return std::unexpected(EngineEndpoint::tr("'%1': expected ':port' after the IPv6 address.").arg(url));
        }
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        host = colon < 0 ? authority : authority.left(colon);
        if (host.contains(QLatin1Char(':'))) {
            return std::unexpected(EngineEndpoint::tr("'%1': write an IPv6 address in brackets, e.g. %2://[::1]:2376.").arg(url, scheme));
        }
        hasPort = colon >= 0;
        portText = authority.mid(colon + 1);
    }
    if (host.isEmpty()) {
        return std::unexpected(EngineEndpoint::tr("'%1' names no host; write %2.").arg(url, form));
    }
    HostAndPort address;
    if (hasPort || portRequired) {
        if (!hasPort || portText.isEmpty()) {
            return std::unexpected(EngineEndpoint::tr("'%1' has no port; write tcp://host:port, e.g. port 2376 for TLS or 2375 without.").arg(url));
        }
        const uint port = allDigits(portText) ? portText.toUInt() : 0;
        if (port < 1 || port > 65535) {
            return std::unexpected(EngineEndpoint::tr("'%1': '%2' is not a valid port; ports run from 1 to 65535.").arg(url, portText));
        }
        address.port = int(port);
    }
    QUrl check;
    check.setHost(host, QUrl::StrictMode);
    // A leading '-' would reach ssh as an option.
    if (!check.isValid() || check.host().isEmpty() || host.startsWith(QLatin1Char('-'))) {
        return std::unexpected(EngineEndpoint::tr("'%1': '%2' is not a valid host name or address.").arg(url, host));
    }
    address.host = check.host();
    return address;
}

/// A user name ssh takes as it is: letters, digits, '.', '_' and '-', not first.
bool isSshUser(QStringView user)
{
    return !user.isEmpty() && user.size() <= 64 && !user.startsWith(QLatin1Char('-')) && std::all_of(user.begin(), user.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
}

/// The contents of one TLS file; @p what names it in the error ("the TLS CA certificate").
std::expected<QByteArray, QString> readTlsFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(EngineEndpoint::tr("Cannot read %1 %2: %3.").arg(what, path, file.errorString()));
    }
    return file.readAll();
}

std::expected<QList<QSslCertificate>, QString> readCertificates(const QString &path, const QString &what)
{
    const auto data = readTlsFile(path, what);
    if (!data) {
        return std::unexpected(data.error());
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certificates.isEmpty()) {
        return std::unexpected(EngineEndpoint::tr("%1 %2 holds no PEM certificate.").arg(what, path));
    }
    return certificates;
}

std::expected<QSslKey, QString> readPrivateKey(const QString &path, const QString &what)
{
    const auto data = readTlsFile(path, what);
    if (!data) {
        return std::unexpected(data.error());
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(*data, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return std::unexpected(EngineEndpoint::tr("%1 %2 holds no private key Stasis can read (an RSA, EC or DSA key in PEM, not encrypted).").arg(what, path));
}

/// A host URL as the Docker CLI's default context takes it: TLS from DOCKER_TLS_VERIFY,
/// DOCKER_TLS and DOCKER_CERT_PATH for tcp:// hosts.
std::expected<EngineEndpoint, QString> hostWithEnvironmentTls(const QString &hostUrl)
{
    const auto endpoint = EngineEndpoint::parse(hostUrl);
    if (!endpoint || !endpoint->isTcp()) {
        return endpoint;
    }
    const bool verify = !qEnvironmentVariableIsEmpty("DOCKER_TLS_VERIFY");
    const QString certPath = qEnvironmentVariable("DOCKER_CERT_PATH");
    if (!verify && certPath.isEmpty() && qEnvironmentVariableIsEmpty("DOCKER_TLS")) {
        return endpoint;
    }
    return endpoint->withTls(certPath.isEmpty() ? DockerContextStore::defaultConfigDirectory() : certPath, verify);
}
} // namespace

std::expected<EngineEndpoint, QString> EngineEndpoint::parse(const QString &hostUrl)
{
    const QString trimmed = hostUrl.trimmed();
    if (trimmed.isEmpty()) {
        return std::unexpected(tr("The engine address is empty; use unix:///path/to/docker.sock or tcp://host:port."));
    }
    const qsizetype separator = trimmed.indexOf(QLatin1String("://"));
    if (separator < 0) {
        return std::unexpected(tr("'%1' is not an engine address; write unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.").arg(trimmed));
    }
    const QString scheme = trimmed.left(separator);
    const QString rest = trimmed.mid(separator + 3);
    EngineEndpoint endpoint;

    if (scheme == QLatin1String("unix")) {
        if (!rest.startsWith(QLatin1Char('/'))) {
            return std::unexpected(tr("'%1' does not name an absolute socket path; write it as unix:///path/to/docker.sock.").arg(trimmed));
        }
        endpoint.m_socketPath = rest;
        return endpoint;
    }
    if (scheme == QLatin1String("ssh")) {
        QString authority = rest;
        const qsizetype at = rest.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            endpoint.m_sshUser = rest.left(at);
            authority = rest.mid(at + 1);
            if (!isSshUser(endpoint.m_sshUser)) {
                return std::unexpected(
                    tr("'%1': '%2' is not a user name ssh accepts here (letters, digits, '.', '_' and '-').").arg(trimmed, endpoint.m_sshUser));
            }
        }
        const auto address = hostAndPort(trimmed, authority, /*portRequired=*/false);
        if (!address) {
            return std::unexpected(address.error());
        }
        endpoint.m_ssh = true;
        endpoint.m_host = address->host;
        endpoint.m_port = address->port;
        return endpoint;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return std::unexpected(tr("'%1': write tcp://host:port instead of %2://; TLS comes from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, "
                                  "or from the Docker context.")
                                   .arg(trimmed, scheme));
    }
    if (scheme != QLatin1String("tcp")) {
        return std::unexpected(
            tr("'%1': unknown scheme '%2'; the engine address must be unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.").arg(trimmed, scheme));
    }

    const auto address = hostAndPort(trimmed, rest, /*portRequired=*/true);
    if (!address) {
        return std::unexpected(address.error());
    }
    endpoint.m_host = address->host;
    endpoint.m_port = address->port;
    return endpoint;
}

std::expected<EngineEndpoint, QString> EngineEndpoint::resolveAddressOrContext(const QString &text)
{
    return text.contains(QLatin1String("://")) ? resolve(text) : resolve({}, text);
}

std::expected<EngineEndpoint, QString> EngineEndpoint::resolve(const QString &explicitHost, const QString &explicitContext)
{
    if (!explicitHost.isEmpty() && !explicitContext.isEmpty()) {
        return std::unexpected(tr("Give either an engine address (%1) or a Docker context (%2), not both.").arg(explicitHost, explicitContext));
    }
    if (!explicitHost.isEmpty()) {
        return hostWithEnvironmentTls(explicitHost);
    }
    const QString dockerHost = qEnvironmentVariable("DOCKER_HOST");
    const DockerContextStore store;
    QString contextName = explicitContext;
    QString origin;
    if (contextName.isEmpty() && dockerHost.isEmpty()) {
        contextName = qEnvironmentVariable("DOCKER_CONTEXT");
        origin = QStringLiteral("DOCKER_CONTEXT: ");
        if (contextName.isEmpty()) {
            const auto current = store.currentContext();
            if (!current) {
                return std::unexpected(current.error());
            }
            contextName = *current;
            origin = tr("The current context of %1: ").arg(store.configFile());
        }
    }
    // Like the CLI, the context "default" is DOCKER_HOST or else the default socket.
    if (!contextName.isEmpty() && contextName != DockerContextStore::defaultContextName) {
        return fromContext(contextName, store).transform_error(prefixed(origin));
    }
    if (!dockerHost.isEmpty()) {
        return hostWithEnvironmentTls(dockerHost).transform_error(prefixed(QStringLiteral("DOCKER_HOST: ")));
    }
    return parse(defaultHost);
}

std::expected<EngineEndpoint, QString> EngineEndpoint::fromContext(const QString &name, const DockerContextStore &store)
{
    if (name == DockerContextStore::defaultContextName) {
        return parse(defaultHost);
    }
    const auto context = store.context(name);
    if (!context) {
        return std::unexpected(context.error());
    }
    auto endpoint = parse(context->host.isEmpty() ? QString(defaultHost) : context->host)
                        .transform_error(prefixed(tr("The Docker context '%1' (%2): ").arg(name, context->metaFile)));
    if (!endpoint) {
        return endpoint;
    }
    endpoint->m_contextName = name;
    if (!endpoint->isTcp()) {
        return endpoint;
    }
    const QDir tls(context->tlsDirectory);
    const bool hasTlsFiles =
        std::ranges::any_of(QStringList{QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}, [&tls](const QString &file) {
            return tls.exists(file);
        });
    if (!hasTlsFiles && !context->skipTlsVerify) {
        return endpoint;
    }
    return endpoint->withTls(context->tlsDirectory, !context->skipTlsVerify, false).transform_error(prefixed(tr("The Docker context '%1': ").arg(name)));
}

std::expected<EngineEndpoint, QString> EngineEndpoint::withTls(const QString &directory, bool verifyPeer, bool caRequired) const
{
    if (!isTcp()) {
        return *this;
    }
    if (!QSslSocket::supportsSsl()) {
        return std::unexpected(tr("%1 needs TLS, but this Qt has no working TLS backend (OpenSSL).").arg(displayUrl()));
    }
    const QDir folder(directory);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();

    const QString caFile = folder.filePath(QStringLiteral("ca.pem"));
    if (caRequired || QFileInfo::exists(caFile)) {
        const auto ca = readCertificates(caFile, tr("the TLS CA certificate"));
        if (!ca) {
            return std::unexpected(ca.error());
        }
        // Like the CLI: this CA alone, not the system's.
        configuration.setCaCertificates(*ca);
    }

    const QString certFile = folder.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = folder.filePath(QStringLiteral("key.pem"));
    const bool hasCert = QFileInfo::exists(certFile);
    const bool hasKey = QFileInfo::exists(keyFile);
    if (hasCert && !hasKey) {
        return std::unexpected(tr("The TLS client key %1 is missing; the client certificate %2 needs it.").arg(keyFile, certFile));
    }
    if (hasKey && !hasCert) {
        return std::unexpected(tr("The TLS client certificate %1 is missing; the client key %2 needs it.").arg(certFile, keyFile));
    }
    if (hasCert) {
        const auto chain = readCertificates(certFile, tr("the TLS client certificate"));
        if (!chain) {
            return std::unexpected(chain.error());
        }
        const auto key = readPrivateKey(keyFile, tr("the TLS client key"));
        if (!key) {
            return std::unexpected(key.error());
        }
        // The engine would refuse it with a bare alert; say which and when here.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (chain->first().expiryDate() < now) {
            return std::unexpected(tr("The TLS client certificate %1 expired on %2; the engine would refuse it. Ask for a new one signed by the engine's CA.")
                                       .arg(certFile, certificateDate(chain->first().expiryDate())));
        }
        if (chain->first().effectiveDate() > now) {
            return std::unexpected(tr("The TLS client certificate %1 is valid only from %2; check this machine's clock.")
                                       .arg(certFile, certificateDate(chain->first().effectiveDate())));
        }
        configuration.setLocalCertificateChain(*chain);
        configuration.setPrivateKey(*key);
    }
    configuration.setPeerVerifyMode(verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    EngineEndpoint endpoint = *this;
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (hasKey && (QFile::permissions(keyFile) & others)) {
        endpoint.m_warnings.append(tr("The TLS client key %1 can be read by other users of this machine; make it private: chmod 600 %1").arg(keyFile));
    }
    endpoint.m_tls = true;
    endpoint.m_tlsDirectory = folder.absolutePath();
    endpoint.m_sslConfiguration = configuration;
    return endpoint;
}

bool EngineEndpoint::verifiesPeer() const
{
    return m_tls && m_sslConfiguration.peerVerifyMode() != QSslSocket::VerifyNone;
}

QString EngineEndpoint::insecurity() const
{
    // ssh checks the engine host's key itself, and refuses an unknown one (BatchMode).
    if (!isTcp() || verifiesPeer()) {
        return {};
    }
    if (m_tls) {
        return tr("%1 uses TLS without checking the engine's certificate, so anyone on the way could pose as the engine and read or change every "
                  "memory page of a checkpoint. Set DOCKER_TLS_VERIFY=1 (or clear SkipTLSVerify in the context).")
            .arg(displayUrl());
    }
    if (m_host == QLatin1String("localhost") || QHostAddress(m_host).isLoopback()) {
        return {};
    }
    return tr("%1 is plain HTTP to another machine: every memory page of a checkpoint would cross the network readable and alterable by anyone on "
              "the way. Use TLS (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) or an ssh tunnel.")
        .arg(displayUrl());
}

QString EngineEndpoint::protection() const
{
    if (isUnixSocket()) {
        return tr("local socket");
    }
    if (m_ssh) {
        return tr("ssh, host key checked");
    }
    if (m_tls) {
        return verifiesPeer() ? tr("TLS, certificate verified") : tr("TLS, certificate not verified");
    }
    return insecurity().isEmpty() ? tr("plain HTTP on this machine") : tr("plain HTTP, not protected");
}

QUrl EngineEndpoint::baseUrl() const
{
    QUrl url;
    if (!isTcp()) {
        // Qt 6.8 drives a QLocalSocket for this scheme (an ssh engine's
        // through SshTunnel's socket); the host is ignored.
        url.setScheme(QStringLiteral("unix+http"));
        url.setHost(QStringLiteral("docker"));
        return url;
    }
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

void EngineEndpoint::applyTo(QNetworkRequest &request) const
{
    if (isUnixSocket()) {
        request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_socketPath);
    } else if (m_tls) {
        request.setSslConfiguration(m_sslConfiguration);
    }
}

QString EngineEndpoint::displayUrl() const
{
    if (isUnixSocket()) {
        return QLatin1String("unix://") + m_socketPath;
    }
    const QString host = m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_ssh) {
        const QString user = m_sshUser.isEmpty() ? QString() : m_sshUser + QLatin1Char('@');
        return QLatin1String("ssh://") + user + host + (m_port < 0 ? QString() : QLatin1Char(':') + QString::number(m_port));
    }
    return QLatin1String("tcp://") + host + QLatin1Char(':') + QString::number(m_port);
}

} // namespace Stasis
