// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineendpoint.h"

#include "dockercontextstore.h"
#include "sshtunnel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Stasis;

namespace
{
// A throwaway CA and a client certificate it signed (EC P-256, valid until 2126), made with openssl.
constexpr char caPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBiTCCAS+gAwIBAgIUJJd39ljDjUHuo3NcxE6vXWJhGa4wCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOU3Rhc2lzIHRlc3QgQ0EwIBcNMjYxMTI3MDg0MDEzWhgPMjEy
NjExMDMwODQwMTNaMBkxFzAVBgNVBAMMDlN0YXNpcyB0ZXN0IENBMFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAE6w0erUw4Lyq1ela6hBXsuLvAJKq/dpsIdOeSfshD
j+/v16+zDG9vZV2Kv7/VwufjyrofDmG3rdjc7q02OjhoYKNTMFEwHQYDVR0OBBYE
FLmS2D9op0/7iF3UrP6H6n5ahLX+MB8GA1UdIwQYMBaAFLmS2D9op0/7iF3UrP6H
6n5ahLX+MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgBBbLI2jf
He5cN7J/Nxozdx/T+vlO7+gGP4WjAebMuLICIQCIESAAPO9lFRQ1zwkt83PpisvH
6cCRfgM60url2X3pew==
-----END CERTIFICATE-----
)";
constexpr char certPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBMTCB2QIUY4Lc8MAh8VjQG/53sJy4i5cFsMcwCgYIKoZIzj0EAwIwGTEXMBUG
A1UEAwwOU3Rhc2lzIHRlc3QgQ0EwIBcNMjYxMTI3MDg0MDEzWhgPMjEyNjExMDMw
ODQwMTNaMB0xGzAZBgNVBAMMEnN0YXNpcyB0ZXN0IGNsaWVudDBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABCqW4DxzH2OpRtPGdpTjXcKPWoaPueF0MYsO5UcG2d2i
oJK9h5IfY/SB/GfmmEeEweYRtk5g9mkNwmuLW1G0oEQwCgYIKoZIzj0EAwIDRwAw
RAIgQy4Pe15lgUjmuXajyf4KTr9gFACXGYeEOu5CD/npZnQCIDx6RmUBptCBiG7b
3xWpVOj2zIFZe5ucsXOynwuqZSoi
-----END CERTIFICATE-----
)";
constexpr char keyPem[] = R"(-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIMtPYzBFcQwDMnP7/5fV54vBPi15XPIMq8uwgGzIu98roAoGCCqGSM49
AwEHoUQDQgAEKpbgPHMfY6lG08Z2lONdwo9aho+54XQxiw7lRwbZ3aKgkr2Hkh9j
9IH8Z+aYR4TB5hG2TmD2aQ3Ca4tbUbSgRA==
-----END EC PRIVATE KEY-----
)";
// The same key in PKCS#8, as `openssl genpkey` writes keys today.
constexpr char keyPkcs8Pem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgy09jMEVxDAMyc/v/
l9Xni8E+LXlc8gyry7CAbMi73yuhRANCAAQqluA8cx9jqUbTxnaU413Cj1qGj7nh
dDGLDuVHBtndoqCSvYeSH2P0gfxn5phHhMHmEbZOYPZpDcJri1tRtKBE
-----END PRIVATE KEY-----
)";

// Every variable the resolution reads; each test starts with none of them set.
const char *const environmentVariables[] = {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_TLS"};

void writeFile(const QString &path, const QByteArray &contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(contents), contents.size());
}

void writeTlsFiles(const QString &directory, bool ca = true, bool cert = true, bool key = true)
{
    if (ca) {
        writeFile(directory + QLatin1String("/ca.pem"), caPem);
    }
    if (cert) {
        writeFile(directory + QLatin1String("/cert.pem"), certPem);
    }
    if (key) {
        writeFile(directory + QLatin1String("/key.pem"), keyPem);
    }
}

QByteArray meta(const QString &name, const QString &host, bool skipTlsVerify = false)
{
    const QJsonObject docker{{QStringLiteral("Host"), host}, {QStringLiteral("SkipTLSVerify"), skipTlsVerify}};
    const QJsonObject object{{QStringLiteral("Name"), name},
                             {QStringLiteral("Metadata"), QJsonObject{{QStringLiteral("Description"), QStringLiteral("test")}}},
                             {QStringLiteral("Endpoints"), QJsonObject{{QStringLiteral("docker"), docker}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class EngineEndpointTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_config;
    QList<std::optional<QByteArray>> m_savedEnvironment;

    QString configPath(const QString &relative) const
    {
        return m_config->filePath(relative);
    }
    DockerContextStore store() const
    {
        return DockerContextStore(m_config->path());
    }
    void writeContext(const QString &name, const QByteArray &metaJson)
    {
        writeFile(store().metaFile(name), metaJson);
    }
    void setCurrentContext(const QString &name)
    {
        writeFile(configPath(QStringLiteral("config.json")), QJsonDocument(QJsonObject{{QStringLiteral("currentContext"), name}}).toJson());
    }

private Q_SLOTS:
    void init()
    {
        m_savedEnvironment.clear();
        for (const char *name : environmentVariables) {
            m_savedEnvironment.append(qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
            qunsetenv(name);
        }
        // A private configuration folder: the machine's ~/.docker must not leak in.
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_config->path()));
    }
    void cleanup()
    {
        for (qsizetype i = 0; i < m_savedEnvironment.size(); ++i) {
            if (m_savedEnvironment[i]) {
                qputenv(environmentVariables[i], *m_savedEnvironment[i]);
            } else {
                qunsetenv(environmentVariables[i]);
            }
        }
        m_config.reset();
    }

    void parsesUnixSockets()
    {
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("unix:///run/user/1000/docker.sock"));
        QVERIFY(endpoint);
        QVERIFY(endpoint->isUnixSocket());
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/user/1000/docker.sock"));
        QCOMPARE(endpoint->displayUrl(), QStringLiteral("unix:///run/user/1000/docker.sock"));
        QCOMPARE(endpoint->baseUrl(), QUrl(QStringLiteral("unix+http://docker")));
        QVERIFY(!endpoint->usesTls());
        QNetworkRequest request;
        endpoint->applyTo(request);
        QCOMPARE(request.attribute(QNetworkRequest::FullLocalServerNameAttribute).toString(), QStringLiteral("/run/user/1000/docker.sock"));
    }

    void parsesTcpAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("displayUrl");
        QTest::newRow("address") << QStringLiteral("tcp://127.0.0.1:2375") << QStringLiteral("127.0.0.1") << 2375 << QStringLiteral("http://127.0.0.1:2375")
                                 << QStringLiteral("tcp://127.0.0.1:2375");
        QTest::newRow("name, trailing slash, blanks") << QStringLiteral(" tcp://Engine.Example:2376/ ") << QStringLiteral("engine.example") << 2376
                                                      << QStringLiteral("http://engine.example:2376") << QStringLiteral("tcp://engine.example:2376");
        QTest::newRow("IPv6") << QStringLiteral("tcp://[::1]:2375") << QStringLiteral("::1") << 2375 << QStringLiteral("http://[::1]:2375")
                              << QStringLiteral("tcp://[::1]:2375");
        QTest::newRow("highest port") << QStringLiteral("tcp://h:65535") << QStringLiteral("h") << 65535 << QStringLiteral("http://h:65535")
                                      << QStringLiteral("tcp://h:65535");
    }
    void parsesTcpAddresses()
    {
        QFETCH(QString, address);
        const auto endpoint = EngineEndpoint::parse(address);
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(!endpoint->isUnixSocket());
        QVERIFY(endpoint->socketPath().isEmpty());
        QTEST(endpoint->host(), "host");
        QTEST(endpoint->port(), "port");
        QTEST(endpoint->baseUrl().toString(), "baseUrl");
        QTEST(endpoint->displayUrl(), "displayUrl");
        QVERIFY(!endpoint->usesTls());
        QVERIFY(endpoint->contextName().isEmpty());
        QNetworkRequest request;
        endpoint->applyTo(request);
        QVERIFY(!request.attribute(QNetworkRequest::FullLocalServerNameAttribute).isValid());
    }

    void rejectsMalformedAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("no scheme") << QStringLiteral("nonsense") << QStringLiteral("'nonsense' is not an engine address");
        QTest::newRow("unknown scheme") << QStringLiteral("gopher://host") << QStringLiteral("unknown scheme 'gopher'");
        QTest::newRow("npipe") << QStringLiteral("npipe:////./pipe/docker_engine") << QStringLiteral("unknown scheme 'npipe'");
        QTest::newRow("relative path") << QStringLiteral("unix://docker.sock") << QStringLiteral("absolute socket path");
        QTest::newRow("no path") << QStringLiteral("unix://") << QStringLiteral("absolute socket path");
        QTest::newRow("tcp without port") << QStringLiteral("tcp://engine") << QStringLiteral("'tcp://engine' has no port");
        QTest::newRow("tcp with empty port") << QStringLiteral("tcp://engine:") << QStringLiteral("has no port");
        QTest::newRow("IPv6 without port") << QStringLiteral("tcp://[::1]") << QStringLiteral("has no port");
        QTest::newRow("port not a number") << QStringLiteral("tcp://engine:abc") << QStringLiteral("'abc' is not a valid port");
        QTest::newRow("port zero") << QStringLiteral("tcp://engine:0") << QStringLiteral("'0' is not a valid port");
        QTest::newRow("port too high") << QStringLiteral("tcp://engine:65536") << QStringLiteral("'65536' is not a valid port");
        QTest::newRow("signed port") << QStringLiteral("tcp://engine:+80") << QStringLiteral("'+80' is not a valid port");
        QTest::newRow("no host") << QStringLiteral("tcp://:2375") << QStringLiteral("names no host");
        QTest::newRow("bad host") << QStringLiteral("tcp://en gine:2375") << QStringLiteral("'en gine' is not a valid host");
        QTest::newRow("user info") << QStringLiteral("tcp://me@engine:2375") << QStringLiteral("'me@engine' is not a valid host");
        QTest::newRow("path") << QStringLiteral("tcp://engine:2375/v1.47") << QStringLiteral("takes no path");
        QTest::newRow("bare IPv6") << QStringLiteral("tcp://::1:2375") << QStringLiteral("IPv6 address in brackets");
        QTest::newRow("open bracket") << QStringLiteral("tcp://[::1:2375") << QStringLiteral("closing bracket");
        QTest::newRow("ssh with path") << QStringLiteral("ssh://me@engine/run/docker.sock") << QStringLiteral("takes no path; write ssh://user@host[:port]");
        QTest::newRow("ssh without host") << QStringLiteral("ssh://me@") << QStringLiteral("names no host; write ssh://user@host[:port]");
        QTest::newRow("ssh host as an option") << QStringLiteral("ssh://-oProxyCommand=x") << QStringLiteral("'-oProxyCommand=x' is not a valid host");
        QTest::newRow("ssh user as an option") << QStringLiteral("ssh://-oProxyCommand=x@engine") << QStringLiteral("is not a user name ssh accepts");
        QTest::newRow("ssh user with blanks") << QStringLiteral("ssh://m e@engine") << QStringLiteral("'m e' is not a user name");
        QTest::newRow("ssh empty user") << QStringLiteral("ssh://@engine") << QStringLiteral("'' is not a user name");
        QTest::newRow("ssh bad port") << QStringLiteral("ssh://me@engine:22x") << QStringLiteral("'22x' is not a valid port");
        QTest::newRow("http") << QStringLiteral("http://engine:2375") << QStringLiteral("write tcp://host:port instead of http://");
        QTest::newRow("https") << QStringLiteral("https://engine:2376") << QStringLiteral("write tcp://host:port instead of https://");
    }
    void rejectsMalformedAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, expectedWords);
        const auto endpoint = EngineEndpoint::parse(address);
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().contains(expectedWords), qPrintable(endpoint.error()));
    }

    void parsesSshAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("displayUrl");
        QTest::addColumn<QStringList>("sshArguments");
        const QStringList options{QStringLiteral("-o"),
                                  QStringLiteral("ConnectTimeout=30"),
                                  QStringLiteral("-o"),
                                  QStringLiteral("BatchMode=yes"),
                                  QStringLiteral("-T")};
        const QStringList dialStdio{QStringLiteral("docker"), QStringLiteral("system"), QStringLiteral("dial-stdio")};
        QTest::newRow("user and host") << QStringLiteral("ssh://me@engine") << QStringLiteral("me") << QStringLiteral("engine") << -1
                                       << QStringLiteral("ssh://me@engine")
                                       << options + QStringList{QStringLiteral("-l"), QStringLiteral("me"), QStringLiteral("--"), QStringLiteral("engine")} +
                dialStdio;
        QTest::newRow("host alone, trailing slash") << QStringLiteral("ssh://Engine.Example/") << QString() << QStringLiteral("engine.example") << -1
                                                    << QStringLiteral("ssh://engine.example")
                                                    << options + QStringList{QStringLiteral("--"), QStringLiteral("engine.example")} + dialStdio;
        QTest::newRow("port") << QStringLiteral("ssh://root@127.0.0.1:2222") << QStringLiteral("root") << QStringLiteral("127.0.0.1") << 2222
                              << QStringLiteral("ssh://root@127.0.0.1:2222")
                              << options +
                QStringList{QStringLiteral("-l"),
                            QStringLiteral("root"),
                            QStringLiteral("-p"),
                            QStringLiteral("2222"),
                            QStringLiteral("--"),
                            QStringLiteral("127.0.0.1")} +
                dialStdio;
        QTest::newRow("IPv6") << QStringLiteral("ssh://ops.team_1@[::1]:22") << QStringLiteral("ops.team_1") << QStringLiteral("::1") << 22
                              << QStringLiteral("ssh://ops.team_1@[::1]:22")
                              << options +
                QStringList{QStringLiteral("-l"),
                            QStringLiteral("ops.team_1"),
                            QStringLiteral("-p"),
                            QStringLiteral("22"),
                            QStringLiteral("--"),
                            QStringLiteral("::1")} +
                dialStdio;
    }
    void parsesSshAddresses()
    {
        QFETCH(QString, address);
        const auto endpoint = EngineEndpoint::parse(address);
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(endpoint->usesSsh());
        QVERIFY(!endpoint->isTcp());
        QVERIFY(!endpoint->isUnixSocket());
        QVERIFY(!endpoint->usesTls());
        QVERIFY(endpoint->insecurity().isEmpty());
        QTEST(endpoint->sshUser(), "user");
        QTEST(endpoint->host(), "host");
        QTEST(endpoint->port(), "port");
        QTEST(endpoint->displayUrl(), "displayUrl");
        // The HTTP goes to the tunnel's local socket.
        QCOMPARE(endpoint->baseUrl(), QUrl(QStringLiteral("unix+http://docker")));
        QTEST(SshTunnel::arguments(*endpoint), "sshArguments");
    }

    void resolvesInTheCliOrder()
    {
        qputenv("DOCKER_HOST", "unix:///from/environment.sock");
        QCOMPARE(EngineEndpoint::resolve(QStringLiteral("unix:///explicit.sock"))->socketPath(), QStringLiteral("/explicit.sock"));
        QCOMPARE(EngineEndpoint::resolve()->socketPath(), QStringLiteral("/from/environment.sock"));
        qputenv("DOCKER_HOST", "nonsense");
        const auto bad = EngineEndpoint::resolve();
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(QLatin1String("DOCKER_HOST: ")), qPrintable(bad.error()));
        qunsetenv("DOCKER_HOST");
        QCOMPARE(EngineEndpoint::resolve()->socketPath(), QStringLiteral("/var/run/docker.sock"));
    }

    void resolvesDockerHostForms()
    {
        qputenv("DOCKER_HOST", "tcp://10.0.0.5:2375");
        const auto tcp = EngineEndpoint::resolve();
        QVERIFY2(tcp, qPrintable(tcp.error()));
        QCOMPARE(tcp->displayUrl(), QStringLiteral("tcp://10.0.0.5:2375"));
        QCOMPARE(tcp->baseUrl().toString(), QStringLiteral("http://10.0.0.5:2375"));
        QVERIFY(!tcp->usesTls());

        qputenv("DOCKER_HOST", "tcp://10.0.0.5");
        const auto noPort = EngineEndpoint::resolve();
        QVERIFY(!noPort);
        QVERIFY2(noPort.error().startsWith(QLatin1String("DOCKER_HOST: 'tcp://10.0.0.5' has no port")), qPrintable(noPort.error()));

        // TLS settings in the environment belong to tcp:// hosts only.
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_HOST", "ssh://me@engine");
        const auto ssh = EngineEndpoint::resolve();
        QVERIFY2(ssh, qPrintable(ssh.error()));
        QVERIFY(ssh->usesSsh());
        QVERIFY(!ssh->usesTls());
        QCOMPARE(ssh->displayUrl(), QStringLiteral("ssh://me@engine"));
    }

    void usesTlsFromTheEnvironment_data()
    {
        QTest::addColumn<QByteArray>("tlsVerify");
        QTest::addColumn<bool>("certPathSet");
        QTest::addColumn<QByteArray>("tls");
        QTest::addColumn<bool>("verifies");
        QTest::newRow("DOCKER_TLS_VERIFY and DOCKER_CERT_PATH") << QByteArray("1") << true << QByteArray() << true;
        QTest::newRow("DOCKER_TLS_VERIFY, certificates in DOCKER_CONFIG") << QByteArray("1") << false << QByteArray() << true;
        QTest::newRow("DOCKER_CERT_PATH alone: TLS without verification") << QByteArray() << true << QByteArray() << false;
        QTest::newRow("DOCKER_TLS alone: TLS without verification") << QByteArray() << false << QByteArray("1") << false;
    }
    void usesTlsFromTheEnvironment()
    {
        QFETCH(QByteArray, tlsVerify);
        QFETCH(bool, certPathSet);
        QFETCH(QByteArray, tls);
        QFETCH(bool, verifies);
        const QString certPath = certPathSet ? configPath(QStringLiteral("certs")) : m_config->path();
        writeTlsFiles(certPath);
        if (certPathSet) {
            qputenv("DOCKER_CERT_PATH", QFile::encodeName(certPath));
        }
        qputenv("DOCKER_TLS_VERIFY", tlsVerify);
        qputenv("DOCKER_TLS", tls);
        qputenv("DOCKER_HOST", "tcp://engine.example:2376");

        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(endpoint->usesTls());
        QCOMPARE(endpoint->verifiesPeer(), verifies);
        QCOMPARE(endpoint->baseUrl().toString(), QStringLiteral("https://engine.example:2376"));
        QCOMPARE(endpoint->displayUrl(), QStringLiteral("tcp://engine.example:2376"));
        const QSslConfiguration ssl = endpoint->sslConfiguration();
        QCOMPARE(ssl.caCertificates(), QSslCertificate::fromData(caPem));
        QCOMPARE(ssl.localCertificate(), QSslCertificate::fromData(certPem).constFirst());
        QVERIFY(!ssl.privateKey().isNull());
        QCOMPARE(ssl.privateKey().algorithm(), QSsl::Ec);

        QNetworkRequest request;
        endpoint->applyTo(request);
        QCOMPARE(request.sslConfiguration(), ssl);

        // An explicit host takes the same TLS settings.
        const auto explicitHost = EngineEndpoint::resolve(QStringLiteral("tcp://other.example:2376"));
        QVERIFY2(explicitHost, qPrintable(explicitHost.error()));
        QVERIFY(explicitHost->usesTls());
        QCOMPARE(explicitHost->baseUrl().toString(), QStringLiteral("https://other.example:2376"));
    }

    void saysWhatIsInsecure_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("tlsVerify");
        QTest::addColumn<QByteArray>("tls");
        QTest::addColumn<QString>("insecurity");
        QTest::newRow("socket") << QByteArray("unix:///run/docker.sock") << QByteArray() << QByteArray() << QString();
        QTest::newRow("plain HTTP, 127.0.0.1") << QByteArray("tcp://127.0.0.1:2375") << QByteArray() << QByteArray() << QString();
        QTest::newRow("plain HTTP, localhost") << QByteArray("tcp://localhost:2375") << QByteArray() << QByteArray() << QString();
        QTest::newRow("plain HTTP, ::1") << QByteArray("tcp://[::1]:2375") << QByteArray() << QByteArray() << QString();
        QTest::newRow("plain HTTP, another machine") << QByteArray("tcp://192.0.2.1:2375") << QByteArray() << QByteArray()
                                                     << QStringLiteral("tcp://192.0.2.1:2375 is plain HTTP to another machine");
        QTest::newRow("TLS, verified") << QByteArray("tcp://engine.example:2376") << QByteArray("1") << QByteArray() << QString();
        QTest::newRow("TLS, not verified") << QByteArray("tcp://engine.example:2376") << QByteArray() << QByteArray("1")
                                           << QStringLiteral("tcp://engine.example:2376 uses TLS without checking the engine's certificate");
        QTest::newRow("TLS to loopback, not verified")
            << QByteArray("tcp://127.0.0.1:2376") << QByteArray() << QByteArray("1") << QStringLiteral("without checking the engine's certificate");
    }
    void saysWhatIsInsecure()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, tlsVerify);
        QFETCH(QByteArray, tls);
        QFETCH(QString, insecurity);
        writeTlsFiles(m_config->path());
        qputenv("DOCKER_TLS_VERIFY", tlsVerify);
        qputenv("DOCKER_TLS", tls);
        qputenv("DOCKER_HOST", host);
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        if (insecurity.isEmpty()) {
            QCOMPARE(endpoint->insecurity(), QString());
        } else {
            QVERIFY2(endpoint->insecurity().contains(insecurity), qPrintable(endpoint->insecurity()));
        }
        QVERIFY(!endpoint->protection().isEmpty());
    }

    void warnsOfAClientKeyOthersCanRead()
    {
        writeTlsFiles(m_config->path());
        const QString key = configPath(QStringLiteral("key.pem"));
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_HOST", "tcp://engine.example:2376");
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto readable = EngineEndpoint::resolve();
        QVERIFY2(readable, qPrintable(readable.error()));
        QCOMPARE(readable->warnings().size(), 1);
        QVERIFY2(readable->warnings().first().contains(QStringLiteral("chmod 600 ") + key), qPrintable(readable->warnings().first()));

        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
        const auto privateKey = EngineEndpoint::resolve();
        QVERIFY2(privateKey, qPrintable(privateKey.error()));
        QCOMPARE(privateKey->warnings(), QStringList());
    }

    void tlsWithoutClientCertificate()
    {
        // Like the CLI, cert.pem and key.pem may both be absent: TLS with the CA only.
        writeTlsFiles(m_config->path(), true, false, false);
        qputenv("DOCKER_TLS_VERIFY", "1");
        const auto endpoint = EngineEndpoint::resolve(QStringLiteral("tcp://engine:2376"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(endpoint->verifiesPeer());
        QVERIFY(endpoint->sslConfiguration().localCertificate().isNull());
        QVERIFY(endpoint->sslConfiguration().privateKey().isNull());
    }

    void readsPkcs8Keys()
    {
        writeTlsFiles(m_config->path(), true, true, false);
        writeFile(configPath(QStringLiteral("key.pem")), keyPkcs8Pem);
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("tcp://engine:2376"))->withTls(m_config->path(), true);
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->sslConfiguration().privateKey().algorithm(), QSsl::Ec);
    }

    void socketsIgnoreTlsSettings()
    {
        // No certificates anywhere: a socket must not even look for them.
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", "/nonexistent");
        qputenv("DOCKER_HOST", "unix:///run/docker.sock");
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(!endpoint->usesTls());
        QCOMPARE(endpoint->baseUrl(), QUrl(QStringLiteral("unix+http://docker")));
    }

    void reportsBadTlsMaterial_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("expectedWords");
        const QStringList all{QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")};
        QTest::newRow("no ca.pem") << QStringList{QStringLiteral("cert.pem"), QStringLiteral("key.pem")} << QString()
                                   << QStringLiteral("Cannot read the TLS CA certificate %1/ca.pem: No such file or directory");
        QTest::newRow("nothing at all") << QStringList() << QString() << QStringLiteral("Cannot read the TLS CA certificate %1/ca.pem");
        QTest::newRow("unreadable ca.pem") << all << QStringLiteral("ca.pem/") << QStringLiteral("Cannot read the TLS CA certificate %1/ca.pem");
        QTest::newRow("ca.pem not PEM") << all << QStringLiteral("ca.pem") << QStringLiteral("the TLS CA certificate %1/ca.pem holds no PEM certificate");
        QTest::newRow("cert.pem without key.pem") << QStringList{QStringLiteral("ca.pem"), QStringLiteral("cert.pem")} << QString()
                                                  << QStringLiteral("The TLS client key %1/key.pem is missing");
        QTest::newRow("key.pem without cert.pem") << QStringList{QStringLiteral("ca.pem"), QStringLiteral("key.pem")} << QString()
                                                  << QStringLiteral("The TLS client certificate %1/cert.pem is missing");
        QTest::newRow("unreadable cert.pem") << all << QStringLiteral("cert.pem/") << QStringLiteral("Cannot read the TLS client certificate %1/cert.pem");
        QTest::newRow("cert.pem not PEM") << all << QStringLiteral("cert.pem")
                                          << QStringLiteral("the TLS client certificate %1/cert.pem holds no PEM certificate");
        QTest::newRow("unreadable key.pem") << all << QStringLiteral("key.pem/") << QStringLiteral("Cannot read the TLS client key %1/key.pem");
        QTest::newRow("key.pem not a key") << all << QStringLiteral("key.pem") << QStringLiteral("the TLS client key %1/key.pem holds no private key");
    }
    void reportsBadTlsMaterial()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, broken);
        QFETCH(QString, expectedWords);
        const QString certPath = configPath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(certPath));
        writeTlsFiles(certPath, files.contains(QLatin1String("ca.pem")), files.contains(QLatin1String("cert.pem")), files.contains(QLatin1String("key.pem")));
        if (broken.endsWith(QLatin1Char('/'))) {
            // A folder where the file should be: it exists but cannot be read (even as root).
            const QString path = certPath + QLatin1Char('/') + broken.chopped(1);
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkpath(path));
        } else if (!broken.isEmpty()) {
            writeFile(certPath + QLatin1Char('/') + broken, "not PEM at all\n");
        }
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", QFile::encodeName(certPath));
        qputenv("DOCKER_HOST", "tcp://engine:2376");
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(QLatin1String("DOCKER_HOST: ")), qPrintable(endpoint.error()));
        QVERIFY2(endpoint.error().contains(expectedWords.arg(certPath)), qPrintable(endpoint.error()));
    }

    void namesContextFoldersLikeTheCli()
    {
        QCOMPARE(DockerContextStore::contextId(QStringLiteral("default")), QStringLiteral("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f"));
        QCOMPARE(store().metaFile(QStringLiteral("remote")),
                 configPath(QStringLiteral("contexts/meta/b71199ebd070b36beab7317920c2c2f1d777df8d05e5527d8458fda57cb17a7a/meta.json")));
        QCOMPARE(store().tlsDirectory(QStringLiteral("remote")),
                 configPath(QStringLiteral("contexts/tls/b71199ebd070b36beab7317920c2c2f1d777df8d05e5527d8458fda57cb17a7a/docker")));
        QCOMPARE(DockerContextStore::defaultConfigDirectory(), m_config->path());
        qunsetenv("DOCKER_CONFIG");
        QCOMPARE(DockerContextStore::defaultConfigDirectory(), QDir::homePath() + QLatin1String("/.docker"));
    }

    void listsTheContextsOfTheStore()
    {
        QVERIFY(store().contextNames().isEmpty());
        writeContext(QStringLiteral("remote"), meta(QStringLiteral("remote"), QStringLiteral("tcp://remote.example:2376")));
        writeContext(QStringLiteral("bare"), "{\"Name\":\"bare\",\"Endpoints\":{\"docker\":{}}}");
        // Malformed, or under another context's folder: left out.
        writeContext(QStringLiteral("broken"), "{not json");
        writeContext(QStringLiteral("moved"), meta(QStringLiteral("elsewhere"), QStringLiteral("unix:///run/elsewhere.sock")));
        QCOMPARE(store().contextNames(), (QStringList{QStringLiteral("bare"), QStringLiteral("remote")}));
    }

    void resolvesContextsInTheCliOrder()
    {
        writeContext(QStringLiteral("current"), meta(QStringLiteral("current"), QStringLiteral("unix:///run/current.sock")));
        writeContext(QStringLiteral("chosen"), meta(QStringLiteral("chosen"), QStringLiteral("tcp://chosen.example:2375")));
        writeContext(QStringLiteral("explicit"), meta(QStringLiteral("explicit"), QStringLiteral("unix:///run/explicit.sock")));

        // Nothing set: the default socket, no context.
        auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));
        QVERIFY(endpoint->contextName().isEmpty());

        // The current context of config.json.
        setCurrentContext(QStringLiteral("current"));
        endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/current.sock"));
        QCOMPARE(endpoint->contextName(), QStringLiteral("current"));

        // DOCKER_CONTEXT overrides it.
        qputenv("DOCKER_CONTEXT", "chosen");
        endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->displayUrl(), QStringLiteral("tcp://chosen.example:2375"));
        QCOMPARE(endpoint->baseUrl().toString(), QStringLiteral("http://chosen.example:2375"));
        QCOMPARE(endpoint->contextName(), QStringLiteral("chosen"));

        // DOCKER_HOST overrides both.
        qputenv("DOCKER_HOST", "unix:///run/host.sock");
        endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/host.sock"));
        QVERIFY(endpoint->contextName().isEmpty());

        // An explicit host or context overrides everything.
        endpoint = EngineEndpoint::resolve(QStringLiteral("unix:///run/flag.sock"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/flag.sock"));
        endpoint = EngineEndpoint::resolve({}, QStringLiteral("explicit"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/explicit.sock"));
        QCOMPARE(endpoint->contextName(), QStringLiteral("explicit"));

        // Both at once is ambiguous, as in the CLI.
        endpoint = EngineEndpoint::resolve(QStringLiteral("unix:///run/flag.sock"), QStringLiteral("explicit"));
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().contains(QLatin1String("not both")), qPrintable(endpoint.error()));
    }

    void defaultContextMeansTheDefaultSocket()
    {
        writeContext(QStringLiteral("other"), meta(QStringLiteral("other"), QStringLiteral("unix:///run/other.sock")));
        setCurrentContext(QStringLiteral("other"));
        qputenv("DOCKER_CONTEXT", "default");
        auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));
        QVERIFY(endpoint->contextName().isEmpty());

        qunsetenv("DOCKER_CONTEXT");
        setCurrentContext(QStringLiteral("default"));
        endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));

        // As in the CLI, the default context is DOCKER_HOST when that is set.
        qputenv("DOCKER_HOST", "unix:///run/host.sock");
        endpoint = EngineEndpoint::resolve({}, QStringLiteral("default"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/host.sock"));
    }

    void contextWithoutHostUsesTheDefaultSocket()
    {
        writeContext(QStringLiteral("bare"), "{\"Name\":\"bare\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"SkipTLSVerify\":false}}}");
        const auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("bare"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));
        QCOMPARE(endpoint->contextName(), QStringLiteral("bare"));
    }

    void readsKeysInAnyCaseLikeTheCli()
    {
        writeContext(QStringLiteral("lower"),
                     "{\"name\":\"lower\",\"endpoints\":{\"docker\":{\"host\":\"tcp://lower.example:2375\",\"skipTLSVerify\":false}}}");
        const auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("lower"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->displayUrl(), QStringLiteral("tcp://lower.example:2375"));
    }

    void findsTheTlsMaterialOfAContext()
    {
        writeContext(QStringLiteral("remote"), meta(QStringLiteral("remote"), QStringLiteral("tcp://remote.example:2376")));
        writeTlsFiles(store().tlsDirectory(QStringLiteral("remote")));
        // The environment's TLS settings are for hosts, not contexts.
        qputenv("DOCKER_CERT_PATH", "/nonexistent");
        qputenv("DOCKER_CONTEXT", "remote");

        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->contextName(), QStringLiteral("remote"));
        QVERIFY(endpoint->usesTls());
        QVERIFY(endpoint->verifiesPeer());
        QCOMPARE(endpoint->baseUrl().toString(), QStringLiteral("https://remote.example:2376"));
        QCOMPARE(endpoint->sslConfiguration().caCertificates(), QSslCertificate::fromData(caPem));
        QCOMPARE(endpoint->sslConfiguration().localCertificate(), QSslCertificate::fromData(certPem).constFirst());
        QVERIFY(!endpoint->sslConfiguration().privateKey().isNull());
        QNetworkRequest request;
        endpoint->applyTo(request);
        QCOMPARE(request.sslConfiguration(), endpoint->sslConfiguration());
    }

    void honoursSkipTlsVerify()
    {
        writeContext(QStringLiteral("lax"), meta(QStringLiteral("lax"), QStringLiteral("tcp://lax.example:2376"), true));
        writeTlsFiles(store().tlsDirectory(QStringLiteral("lax")));
        auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("lax"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(endpoint->usesTls());
        QVERIFY(!endpoint->verifiesPeer());

        // SkipTLSVerify without any files still means TLS.
        writeContext(QStringLiteral("bare"), meta(QStringLiteral("bare"), QStringLiteral("tcp://bare.example:2376"), true));
        endpoint = EngineEndpoint::resolve({}, QStringLiteral("bare"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(endpoint->usesTls());
        QVERIFY(!endpoint->verifiesPeer());
        QCOMPARE(endpoint->baseUrl().toString(), QStringLiteral("https://bare.example:2376"));
    }

    void contextWithoutTlsMaterialUsesPlainHttp()
    {
        writeContext(QStringLiteral("plain"), meta(QStringLiteral("plain"), QStringLiteral("tcp://plain.example:2375")));
        qputenv("DOCKER_TLS_VERIFY", "1");
        const auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("plain"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QVERIFY(!endpoint->usesTls());
        QCOMPARE(endpoint->baseUrl().toString(), QStringLiteral("http://plain.example:2375"));
    }

    void reportsBadContextTlsMaterial()
    {
        writeContext(QStringLiteral("half"), meta(QStringLiteral("half"), QStringLiteral("tcp://half.example:2376")));
        writeTlsFiles(store().tlsDirectory(QStringLiteral("half")), true, true, false);
        const auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("half"));
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(QLatin1String("The Docker context 'half': ")), qPrintable(endpoint.error()));
        QVERIFY2(endpoint.error().contains(store().tlsDirectory(QStringLiteral("half")) + QLatin1String("/key.pem is missing")), qPrintable(endpoint.error()));
    }

    void reportsBadContexts_data()
    {
        QTest::addColumn<QByteArray>("metaJson");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("not JSON") << QByteArray("{\"Name\": \"broken\",") << QStringLiteral("The Docker context 'broken' cannot be used: %1 is not valid JSON");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("%1 is not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("%1 is not a JSON object");
        QTest::newRow("no endpoints") << QByteArray("{\"Name\":\"broken\"}") << QStringLiteral("The Docker context 'broken' has no docker endpoint in %1");
        QTest::newRow("endpoints not an object") << QByteArray("{\"Name\":\"broken\",\"Endpoints\":[]}")
                                                 << QStringLiteral("The Docker context 'broken' is malformed: Endpoints is not an object in %1");
        QTest::newRow("docker not an object") << QByteArray("{\"Name\":\"broken\",\"Endpoints\":{\"docker\":\"tcp://x:1\"}}")
                                              << QStringLiteral("is malformed: Endpoints.docker is not an object in %1");
        QTest::newRow("host not a string") << QByteArray("{\"Name\":\"broken\",\"Endpoints\":{\"docker\":{\"Host\":42}}}")
                                           << QStringLiteral("is malformed: Endpoints.docker.Host is not a string in %1");
        QTest::newRow("SkipTLSVerify not a boolean")
            << QByteArray("{\"Name\":\"broken\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://x:1\",\"SkipTLSVerify\":\"yes\"}}}")
            << QStringLiteral("is malformed: Endpoints.docker.SkipTLSVerify is not true or false in %1");
        QTest::newRow("host without port") << meta(QStringLiteral("broken"), QStringLiteral("tcp://x"))
                                           << QStringLiteral("The Docker context 'broken' (%1): 'tcp://x' has no port");
        QTest::newRow("ssh host with a path") << meta(QStringLiteral("broken"), QStringLiteral("ssh://me@x/sock"))
                                              << QStringLiteral("The Docker context 'broken' (%1): 'ssh://me@x/sock' takes no path");
    }
    void reportsBadContexts()
    {
        QFETCH(QByteArray, metaJson);
        QFETCH(QString, expectedWords);
        writeContext(QStringLiteral("broken"), metaJson);
        qputenv("DOCKER_CONTEXT", "broken");
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(QLatin1String("DOCKER_CONTEXT: ")), qPrintable(endpoint.error()));
        QVERIFY2(endpoint.error().contains(expectedWords.arg(store().metaFile(QStringLiteral("broken")))), qPrintable(endpoint.error()));
    }

    void reportsUnreadableMetadata()
    {
        QVERIFY(QDir().mkpath(store().metaFile(QStringLiteral("folder"))));
        const auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("folder"));
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(
                     QLatin1String("The Docker context 'folder' cannot be used: %1 cannot be read").arg(store().metaFile(QStringLiteral("folder")))),
                 qPrintable(endpoint.error()));
    }

    void reportsUnknownContexts()
    {
        const QString where = store().metaFile(QStringLiteral("nowhere"));
        auto endpoint = EngineEndpoint::resolve({}, QStringLiteral("nowhere"));
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(QLatin1String("There is no Docker context 'nowhere': %1 does not exist").arg(where)),
                 qPrintable(endpoint.error()));

        qputenv("DOCKER_CONTEXT", "nowhere");
        endpoint = EngineEndpoint::resolve();
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(QLatin1String("DOCKER_CONTEXT: There is no Docker context 'nowhere': %1").arg(where)),
                 qPrintable(endpoint.error()));

        qunsetenv("DOCKER_CONTEXT");
        setCurrentContext(QStringLiteral("nowhere"));
        endpoint = EngineEndpoint::resolve();
        QVERIFY(!endpoint);
        QVERIFY2(
            endpoint.error().startsWith(
                QLatin1String("The current context of %1: There is no Docker context 'nowhere': %2").arg(configPath(QStringLiteral("config.json")), where)),
            qPrintable(endpoint.error()));
    }

    void reportsBadConfigFiles_data()
    {
        QTest::addColumn<QByteArray>("configJson");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("not JSON") << QByteArray("currentContext = remote\n") << QStringLiteral("The Docker configuration cannot be used: %1 is not valid JSON");
        QTest::newRow("not an object") << QByteArray("[\"remote\"]") << QStringLiteral("The Docker configuration cannot be used: %1 is not a JSON object");
        QTest::newRow("currentContext not a string") << QByteArray("{\"currentContext\": [\"remote\"]}")
                                                     << QStringLiteral("The Docker configuration %1 is malformed: currentContext is not a string");
    }
    void reportsBadConfigFiles()
    {
        QFETCH(QByteArray, configJson);
        QFETCH(QString, expectedWords);
        writeFile(configPath(QStringLiteral("config.json")), configJson);
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().startsWith(expectedWords.arg(configPath(QStringLiteral("config.json")))), qPrintable(endpoint.error()));

        // Only read when needed: DOCKER_HOST, DOCKER_CONTEXT and explicit choices never look at it.
        qputenv("DOCKER_HOST", "unix:///run/host.sock");
        QVERIFY(EngineEndpoint::resolve());
        qunsetenv("DOCKER_HOST");
        qputenv("DOCKER_CONTEXT", "default");
        QVERIFY(EngineEndpoint::resolve());
        qunsetenv("DOCKER_CONTEXT");
        QVERIFY(EngineEndpoint::resolve(QStringLiteral("unix:///run/flag.sock")));
    }

    void configWithoutCurrentContextIsFine()
    {
        writeFile(configPath(QStringLiteral("config.json")), "{\"auths\": {}, \"currentContext\": \"\"}");
        const auto endpoint = EngineEndpoint::resolve();
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));
    }
};

QTEST_GUILESS_MAIN(EngineEndpointTest)
#include "engineendpointtest.moc"
