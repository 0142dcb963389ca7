// SPDX-License-Identifier: GPL-2.0-or-later
// Engines reached like remote hosts: a sandbox engine behind TCP with TLS
// (tools/sandbox up NAME --tls) and one behind ssh (--ssh). Over each, a
// counter is checkpointed with stasisctl, listed, and restored: it counts on.
// A Docker context the Docker CLI made reaches each engine too. The TLS
// engine refuses a client with another CA, no certificate, an expired
// certificate or no key, and each message names what is wrong; the ssh engine
// is refused under a name whose host key is unknown, and the message says so.
#include "engineclient.h"
#include "enginetestsupport.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString tlsSandbox = QStringLiteral("remote-tls");
const QString sshSandbox = QStringLiteral("remote-ssh");
const QString checkpointName = QStringLiteral("far");
} // namespace

class RemoteEngineTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QProcessEnvironment m_tls;
    QProcessEnvironment m_ssh;
    QString m_tlsCertificates;

    QProcessEnvironment environmentOf(const QString &engine) const
    {
        return engine == tlsSandbox ? m_tls : m_ssh;
    }

    static CtlRun stasisctlOn(const QProcessEnvironment &environment, const QStringList &arguments)
    {
        return stasisctl(arguments, 180000, environment);
    }

    /// A folder holding @p files copied from the sandbox's client certificates.
    QString clientFolder(const QString &name, const QStringList &files)
    {
        const QString folder = m_work.filePath(name);
        if (!QDir().mkpath(folder)) {
            return {};
        }
        for (const QString &file : files) {
            QFile::copy(QDir(m_tlsCertificates).filePath(file), QDir(folder).filePath(file));
        }
        return folder;
    }

    /// A client of the engine DOCKER_HOST in @p environment names, with its TLS.
    std::expected<EngineClient *, QString> clientOf(const QProcessEnvironment &environment)
    {
        auto endpoint = EngineEndpoint::parse(environment.value(QStringLiteral("DOCKER_HOST")));
        if (endpoint && environment.contains(QStringLiteral("DOCKER_CERT_PATH"))) {
            endpoint = endpoint->withTls(environment.value(QStringLiteral("DOCKER_CERT_PATH")), true);
        }
        if (!endpoint) {
            return std::unexpected(endpoint.error());
        }
        return connectTo(*endpoint, this);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const auto tls = runSandbox({QStringLiteral("up"), tlsSandbox, QStringLiteral("--tls")});
        QVERIFY2(tls, why(tls).constData());
        m_tls = sandboxEnvironment(*tls);
        QVERIFY2(m_tls.value(QStringLiteral("DOCKER_HOST")).startsWith(QLatin1String("tcp://127.0.0.1:")), qPrintable(*tls));
        QCOMPARE(m_tls.value(QStringLiteral("DOCKER_TLS_VERIFY")), QStringLiteral("1"));
        m_tlsCertificates = m_tls.value(QStringLiteral("DOCKER_CERT_PATH"));
        QVERIFY2(QFile::exists(QDir(m_tlsCertificates).filePath(QStringLiteral("key.pem"))), qPrintable(*tls));

        const auto ssh = runSandbox({QStringLiteral("up"), sshSandbox, QStringLiteral("--ssh")});
        QVERIFY2(ssh, why(ssh).constData());
        m_ssh = sandboxEnvironment(*ssh);
        QVERIFY2(m_ssh.value(QStringLiteral("DOCKER_HOST")).startsWith(QLatin1String("ssh://root@")), qPrintable(*ssh));
    }

    void cleanupTestCase()
    {
        for (const QString &sandbox : {tlsSandbox, sshSandbox}) {
            const auto down = runSandbox({QStringLiteral("down"), sandbox});
            QVERIFY2(down, why(down).constData());
        }
    }

    void aCounterCountsOnAfterItsRestore_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("tcp with TLS") << tlsSandbox;
        QTest::newRow("ssh") << sshSandbox;
    }

    void aCounterCountsOnAfterItsRestore()
    {
        QFETCH(QString, engine);
        const QProcessEnvironment environment = environmentOf(engine);
        const auto connected = clientOf(environment);
        QVERIFY2(connected, why(connected).constData());
        EngineClient *client = *connected;
        CounterContainers counters(client, QStringLiteral("remote"));
        const auto container = counters.add(engine);
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*client, *container, 2);
        QVERIFY2(counting, why(counting).constData());

        const CtlRun created = stasisctlOn(environment, {QStringLiteral("checkpoint"), QStringLiteral("create"), *container, checkpointName});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const CtlRun listed = stasisctlOn(environment, {QStringLiteral("checkpoint"), QStringLiteral("ls"), *container});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(checkpointName), qPrintable(listed.out));
        const auto frozen = frozenValues(*client, *container);
        QVERIFY2(frozen, why(frozen).constData());

        const CtlRun started = stasisctlOn(environment, {QStringLiteral("start"), QStringLiteral("--checkpoint"), checkpointName, *container});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const auto countsOn = countsOnFrom(*client, *container, frozen->size(), frozen->last());
        QVERIFY2(countsOn, why(countsOn).constData());
    }

    void aDockerContextReachesEachEngine_data()
    {
        aCounterCountsOnAfterItsRestore_data();
    }

    // The Docker CLI writes the context (its TLS files in its own store); stasisctl reads it.
    void aDockerContextReachesEachEngine()
    {
        QFETCH(QString, engine);
        const QProcessEnvironment environment = environmentOf(engine);
        QString endpoint = QStringLiteral("host=") + environment.value(QStringLiteral("DOCKER_HOST"));
        if (engine == tlsSandbox) {
            const QDir certificates(m_tlsCertificates);
            endpoint += QStringLiteral(",ca=%1,cert=%2,key=%3")
                            .arg(certificates.filePath(QStringLiteral("ca.pem")),
                                 certificates.filePath(QStringLiteral("cert.pem")),
                                 certificates.filePath(QStringLiteral("key.pem")));
        }
        const QString config = m_work.filePath(QStringLiteral("docker-config-") + engine);
        qputenv("DOCKER_CONFIG", QFile::encodeName(config));
        const auto created = dockerCli({QStringLiteral("context"), QStringLiteral("create"), engine, QStringLiteral("--docker"), endpoint});
        qunsetenv("DOCKER_CONFIG");
        QVERIFY2(created, why(created).constData());

        const auto connected = clientOf(environment);
        QVERIFY2(connected, why(connected).constData());
        EngineClient *client = *connected;
        CounterContainers counters(client, QStringLiteral("remote"));
        const auto container = counters.add(QStringLiteral("context-") + engine, false);
        QVERIFY2(container, why(container).constData());

        QProcessEnvironment contextOnly = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : {QStringLiteral("DOCKER_HOST"), QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("DOCKER_CERT_PATH")}) {
            contextOnly.remove(variable);
        }
        contextOnly.insert(QStringLiteral("DOCKER_CONFIG"), config);
        const CtlRun listed = stasisctlOn(contextOnly, {QStringLiteral("--context"), engine, QStringLiteral("checkpoint"), QStringLiteral("ls"), *container});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.out, QStringLiteral("CHECKPOINT NAME")); // the container is on that engine alone, without checkpoints
        const CtlRun missing =
            stasisctlOn(contextOnly,
                        {QStringLiteral("--context"), engine, QStringLiteral("checkpoint"), QStringLiteral("ls"), *container + QLatin1String("-absent")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("No such container")), qPrintable(missing.err));
    }

    void aWrongTlsPartIsNamed_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        // 2: stasisctl finds the fault before it connects; 1: the engine refuses.
        QTest::addColumn<int>("exitCode");
        QVERIFY(m_work.isValid());

        const QString otherCa = clientFolder(QStringLiteral("other-ca"), {QStringLiteral("cert.pem"), QStringLiteral("key.pem")});
        const auto madeOtherCa = runIn(otherCa,
                                       QStringLiteral("openssl"),
                                       {QStringLiteral("req"),
                                        QStringLiteral("-x509"),
                                        QStringLiteral("-newkey"),
                                        QStringLiteral("rsa:2048"),
                                        QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"),
                                        QStringLiteral("other-ca-key.pem"),
                                        QStringLiteral("-out"),
                                        QStringLiteral("ca.pem"),
                                        QStringLiteral("-days"),
                                        QStringLiteral("2"),
                                        QStringLiteral("-subj"),
                                        QStringLiteral("/CN=another engine's CA")});
        QVERIFY2(madeOtherCa, why(madeOtherCa).constData());
        QTest::newRow("another CA") << otherCa << QStringLiteral("CA certificate %1 did not sign").arg(QDir(otherCa).filePath(QStringLiteral("ca.pem"))) << 1;

        const QString noKey = clientFolder(QStringLiteral("no-key"), {QStringLiteral("ca.pem"), QStringLiteral("cert.pem")});
        QTest::newRow("no client key") << noKey << QStringLiteral("The TLS client key %1 is missing").arg(QDir(noKey).filePath(QStringLiteral("key.pem"))) << 2;

        const QString noCertificate = clientFolder(QStringLiteral("no-certificate"), {QStringLiteral("ca.pem")});
        QTest::newRow("no client certificate") << noCertificate << QStringLiteral("requires a TLS client certificate, and Stasis had none") << 1;

        // Signed by the engine's own CA, valid for one day in 2020.
        const QString expired = clientFolder(QStringLiteral("expired"), {QStringLiteral("ca.pem")});
        const QString engineCa = QDir(m_tlsCertificates).absoluteFilePath(QStringLiteral("../tls"));
        QFile extensions(QDir(expired).filePath(QStringLiteral("client.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly) && extensions.write("extendedKeyUsage=clientAuth\n") > 0);
        extensions.close();
        const auto requested = runIn(expired,
                                     QStringLiteral("openssl"),
                                     {QStringLiteral("req"),
                                      QStringLiteral("-newkey"),
                                      QStringLiteral("rsa:2048"),
                                      QStringLiteral("-nodes"),
                                      QStringLiteral("-keyout"),
                                      QStringLiteral("key.pem"),
                                      QStringLiteral("-out"),
                                      QStringLiteral("client.csr"),
                                      QStringLiteral("-subj"),
                                      QStringLiteral("/CN=client")});
        QVERIFY2(requested, why(requested).constData());
        const auto madeExpired = runIn(expired,
                                       QStringLiteral("openssl"),
                                       {QStringLiteral("x509"),
                                        QStringLiteral("-req"),
                                        QStringLiteral("-in"),
                                        QStringLiteral("client.csr"),
                                        QStringLiteral("-CA"),
                                        QDir(engineCa).filePath(QStringLiteral("ca.pem")),
                                        QStringLiteral("-CAkey"),
                                        QDir(engineCa).filePath(QStringLiteral("ca-key.pem")),
                                        QStringLiteral("-not_before"),
                                        QStringLiteral("20200101000000Z"),
                                        QStringLiteral("-not_after"),
                                        QStringLiteral("20200102000000Z"),
                                        QStringLiteral("-extfile"),
                                        QStringLiteral("client.ext"),
                                        QStringLiteral("-out"),
                                        QStringLiteral("cert.pem")});
        QVERIFY2(madeExpired, why(madeExpired).constData());
        QTest::newRow("expired client certificate")
            << expired << QStringLiteral("The TLS client certificate %1 expired on").arg(QDir(expired).filePath(QStringLiteral("cert.pem"))) << 2;
    }

    void aWrongTlsPartIsNamed()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        QProcessEnvironment environment = m_tls;
        environment.insert(QStringLiteral("DOCKER_CERT_PATH"), folder);
        const CtlRun listed = stasisctlOn(environment, {QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("any")});
        QCOMPARE(listed.exitCode, exitCode);
        QVERIFY2(listed.err.contains(expected), qPrintable(listed.err));
        QVERIFY2(listed.out.isEmpty(), qPrintable(listed.out));
    }

    void anUnknownSshHostKeyIsNamed()
    {
        // The sandbox's known-hosts entry belongs to its alias, not to the loopback address.
        const QString host = m_ssh.value(QStringLiteral("DOCKER_HOST"));
        const QString port = host.section(QLatin1Char(':'), -1);
        QProcessEnvironment environment = m_ssh;
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://root@127.0.0.1:%1").arg(port));
        const CtlRun listed = stasisctlOn(environment, {QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("any")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(QLatin1String("over ssh: Host key verification failed")), qPrintable(listed.err));
        QVERIFY2(listed.err.contains(QStringLiteral("ssh -p %1 root@127.0.0.1 docker version").arg(port)), qPrintable(listed.err));
    }
};

QTEST_GUILESS_MAIN(RemoteEngineTest)
#include "remoteenginetest.moc"
