// SPDX-License-Identifier: GPL-2.0-or-later
// The seed's example through Stasis's own client, against the sandbox engine:
// a counting container is checkpointed, restored, and continues counting.
#include "enginetestsupport.h"

#include <QTest>
#include <QVersionNumber>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointRoundTripTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-roundtrip-%1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void counterContinuesAfterRestore()
    {
        const auto started = startCounter(*m_client, m_container);
        QVERIFY2(started, why(started).constData());

        const auto before = waitForCounterValues(*m_client, m_container, 3);
        QVERIFY2(before, why(before).constData());

        const QString checkpoint = QStringLiteral("roundtrip");
        const auto created = await(m_client->createCheckpoint(m_container, CheckpointOptions{checkpoint, false, {}}));
        QVERIFY2(created, why(created).constData());

        const auto listed = await(m_client->checkpoints(m_container));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, checkpoint);

        // The container stopped with the checkpoint: its log ends at the checkpointed value.
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_container))->running, 10000);
        const auto frozen = await(m_client->logs(m_container));
        QVERIFY2(frozen, why(frozen).constData());
        const QList<int> frozenValues = counterValues(*frozen);
        QVERIFY(!frozenValues.isEmpty());
        const int lastBeforeRestore = frozenValues.last();

        const EngineResult<void> restored = restore(*m_client, m_container, checkpoint);
        QVERIFY2(restored, why(restored).constData());

        const auto after = waitForCounterValues(*m_client, m_container, frozenValues.size() + 3);
        QVERIFY2(after, why(after).constData());
        const QList<int> values = *after;
        for (qsizetype i = 1; i < values.size(); ++i) {
            QVERIFY2(
                values[i] == values[i - 1] + 1,
                qPrintable(QStringLiteral("the counter jumped from %1 to %2 (checkpointed at %3)").arg(values[i - 1]).arg(values[i]).arg(lastBeforeRestore)));
        }
        QCOMPARE(values[frozenValues.size()], lastBeforeRestore + 1);

        const auto removed = await(m_client->removeCheckpoint(m_container, checkpoint));
        QVERIFY2(removed, why(removed).constData());
        const auto remaining = await(m_client->checkpoints(m_container));
        QVERIFY2(remaining, why(remaining).constData());
        QVERIFY(remaining->isEmpty());
    }

    void reportsTheEnginesOwnMessage()
    {
        const auto missing = await(m_client->checkpoints(QStringLiteral("no-such-container-here")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, EngineError::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("No such container")));
    }

    void reportsVersionAndCapabilities()
    {
        const auto version = await(m_client->version());
        QVERIFY2(version, why(version).constData());
        QVERIFY(!version->version.isEmpty());
        QCOMPARE(m_client->apiVersion(),
                 std::min(QVersionNumber::fromString(version->apiVersion), QVersionNumber::fromString(EngineClient::maximumApiVersion)).toString());
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        QVERIFY(info->experimentalBuild);
        QVERIFY(!info->dockerRootDir.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CheckpointRoundTripTest)
#include "checkpointroundtriptest.moc"
