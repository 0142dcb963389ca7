// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl end to end against the sandbox engine: the built binary, its
// output, exit codes and messages.
#include "enginetestsupport.h"
#include "stasisctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
using Run = CtlRun;
} // namespace

class StasisctlTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-ctltest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_folder = QStringLiteral("/tmp/stasis-ctltest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());

    static Run stasisctl(const QStringList &arguments)
    {
        return Test::stasisctl(arguments, 120000);
    }

    /// The words of @p line; no argument here holds a space.
    static QStringList words(const QString &line)
    {
        return line.split(QLatin1Char(' '));
    }

    static QStringList names(const Run &run)
    {
        QStringList names;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            names.append(value.toObject().value(QLatin1String("Name")).toString());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto started = startCounter(*m_client, m_container);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_container, 2);
        QVERIFY2(counting, why(counting).constData());
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
            await(m_client->removeContainer(m_container + QStringLiteral("-clone"), true));
        }
    }

    void rejectsAnInvalidNameBeforeAnyRequest()
    {
        // The container does not exist either: the name is checked first.
        const Run run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), QStringLiteral("no-such-container-here"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(QLatin1String("No such container")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("is not a valid checkpoint name")), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("stasisctl: ")), qPrintable(run.err));
    }

    void reportsAnUnknownContainer()
    {
        const Run run = stasisctl(words(QStringLiteral("checkpoint create no-such-container-here good-name")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("No such container")), qPrintable(run.err));
        const Run listed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("no-such-container-here")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(QLatin1String("No such container")), qPrintable(listed.err));
    }

    void createsListsAndRemoves()
    {
        const QStringList create = words(QStringLiteral("checkpoint create --leave-running %1 cp-one").arg(m_container));
        const Run created = stasisctl(create);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.out, QStringLiteral("cp-one"));

        const Run taken = stasisctl(create);
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QLatin1String("already exists")), qPrintable(taken.err));

        const Run running = stasisctl({QStringLiteral("start"), QStringLiteral("--checkpoint"), QStringLiteral("cp-one"), m_container});
        QCOMPARE(running.exitCode, 1);
        QVERIFY2(running.err.contains(QLatin1String("the container is running")), qPrintable(running.err));
        QVERIFY2(running.err.contains(QLatin1String("checkpoint restore --rewind")), qPrintable(running.err));

        const QStringList list{QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json"), m_container};
        const Run listed = stasisctl(list);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(names(listed), QStringList{QStringLiteral("cp-one")});

        const Run removed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("rm"), m_container, QStringLiteral("cp-one")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const Run empty = stasisctl(list);
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
        QCOMPARE(empty.out, QStringLiteral("[]"));
    }

    void restoresFromACustomFolder()
    {
        const Run created = stasisctl(words(QStringLiteral("checkpoint create --checkpoint-dir %1 %2 cp-dir").arg(m_folder, m_container)));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_container))->running, 10000);

        const Run stopped = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), m_container, QStringLiteral("cp-late")});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains(QLatin1String("not running")), qPrintable(stopped.err));

        const auto frozen = await(m_client->logs(m_container));
        QVERIFY2(frozen, why(frozen).constData());
        const QList<int> frozenValues = counterValues(*frozen);
        QVERIFY(!frozenValues.isEmpty());

        const Run restored = stasisctl(words(QStringLiteral("start --checkpoint cp-dir --checkpoint-dir %1 %2").arg(m_folder, m_container)));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const auto after = waitForCounterValues(*m_client, m_container, frozenValues.size() + 2);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozenValues.size()), frozenValues.last() + 1);

        const Run listed = stasisctl(words(QStringLiteral("checkpoint ls --checkpoint-dir %1 --format json %2").arg(m_folder, m_container)));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(names(listed), QStringList{QStringLiteral("cp-dir")});
        const Run removed = stasisctl(words(QStringLiteral("checkpoint rm --checkpoint-dir %1 %2 cp-dir").arg(m_folder, m_container)));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    }

    void restoresIntoANewClone()
    {
        const QString clone = m_container + QStringLiteral("-clone");
        const Run refused = stasisctl(words(QStringLiteral("checkpoint restore --create %1 cp-clone").arg(clone)));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--create needs --from")), qPrintable(refused.err));

        const auto running = waitForCounterValues(*m_client, m_container, 2);
        QVERIFY2(running, why(running).constData());
        const Run created = stasisctl(words(QStringLiteral("checkpoint create %1 cp-clone").arg(m_container)));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_container))->running, 10000);
        const auto frozen = await(m_client->logs(m_container));
        QVERIFY2(frozen, why(frozen).constData());
        const QList<int> frozenValues = counterValues(*frozen);
        QVERIFY(!frozenValues.isEmpty());

        const Run restored = stasisctl(words(QStringLiteral("checkpoint restore --from %1 --create %2 cp-clone").arg(m_container, clone)));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(restored.out, clone);
        QVERIFY2(restored.err.contains(QLatin1String("created %1, configured as %2").arg(clone, m_container)), qPrintable(restored.err));
        const auto values = waitForCounterValues(*m_client, clone, 2);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), frozenValues.last() + 1);

        // The name is taken now: refused before anything is created or copied.
        const Run again = stasisctl(words(QStringLiteral("checkpoint restore --from %1 --create %2 cp-clone").arg(m_container, clone)));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("A container named %1 already exists").arg(clone)), qPrintable(again.err));
    }

    void explainsAnEngineWithoutExperimentalMode()
    {
        // An engine of its own, without experimental mode: checkpoint routes answer 501, start?checkpoint= 400.
        const QString sandbox = QStringLiteral("ctl-no-experimental");
        const auto host = runSandbox({QStringLiteral("up"), sandbox, QStringLiteral("--no-experimental")});
        QVERIFY2(host, why(host).constData());
        const QString url = host->mid(int(qstrlen("DOCKER_HOST=")));
        const auto client = connectTo(url, this);
        QVERIFY2(client, why(client).constData());
        await((*client)->removeContainer(m_container, true));
        QVERIFY(createCounter(**client, m_container));

        const Run started =
            stasisctl({QStringLiteral("--host"), url, QStringLiteral("start"), QStringLiteral("--checkpoint"), QStringLiteral("cp-one"), m_container});
        QVERIFY(await((*client)->startContainer(m_container)));
        const Run created =
            stasisctl({QStringLiteral("--host"), url, QStringLiteral("checkpoint"), QStringLiteral("create"), m_container, QStringLiteral("cp-one")});
        await((*client)->removeContainer(m_container, true));
        QVERIFY(runSandbox({QStringLiteral("down"), sandbox}));

        for (const Run &run : {created, started}) {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(!run.err.contains(QLatin1Char('\n')), qPrintable(run.err));
            QVERIFY2(run.err.startsWith(QLatin1String("stasisctl: ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("Enable experimental mode: add \"experimental\": true to /etc/docker/daemon.json and restart the engine.")),
                     qPrintable(run.err));
        }
        QVERIFY2(created.err.contains(QLatin1String("Cannot checkpoint")), qPrintable(created.err));
        QVERIFY2(started.err.contains(QLatin1String("Cannot restore")), qPrintable(started.err));
    }
};

QTEST_GUILESS_MAIN(StasisctlTest)
#include "stasisctltest.moc"
