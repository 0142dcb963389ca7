// SPDX-License-Identifier: GPL-2.0-or-later
// The workspace on the sandbox engine: a replaced session stays while its
// jobs run, and a retry after it is gone refuses instead of reaching a freed
// client; the lister runs one listing at a time per container, plus one, and
// drops what a replaced client answers.
#include "workspace.h"
#include "checkpointlister.h"
#include "engineclient.h"
#include "enginesession.h"
#include "enginetestsupport.h"
#include "job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class WorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DOCKER_HOST"), "DOCKER_HOST is not set: run the suite through tools/test");
        const auto sandbox = EngineEndpoint::parse(qEnvironmentVariable("DOCKER_HOST"));
        QVERIFY2(sandbox, qPrintable(sandbox.error()));
        m_sandbox = *sandbox;
    }

    void retryAfterSwitchingEnginesRefuses()
    {
        Workspace workspace;
        QPointer<EngineSession> old = workspace.connectTo(m_sandbox);
        QPointer<EngineClient> oldClient = old->client();
        JobQueue *jobs = workspace.jobs();
        // Fails at the engine: there is no such container.
        const JobQueue::Id id = workspace.remove(m_missing, QStringLiteral("nothing"), {}, QStringLiteral("Remove nothing"));
        QCOMPARE(jobs->record(id)->state, JobQueue::State::Running);

        // Switched while the job runs: the old session stays until it ended.
        workspace.connectTo(*EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-workspace-test.sock")));
        QVERIFY(old);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->record(id)->isFinished(), 15000);
        QCOMPARE(jobs->record(id)->state, JobQueue::State::Failed);
        const QString engineAnswer = jobs->record(id)->errorText;
        QVERIFY2(engineAnswer.contains(m_missing), qPrintable(engineAnswer));
        QVERIFY2(!engineAnswer.contains(QLatin1String("no longer connected")), qPrintable(engineAnswer));

        // Then it goes, with its client.
        QTRY_VERIFY_WITH_TIMEOUT(!old, 10000);
        QVERIFY(!oldClient);

        QVERIFY(jobs->retry(id));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->record(id)->isFinished(), 5000);
        const JobQueue::Record *record = jobs->record(id);
        QCOMPARE(record->state, JobQueue::State::Failed);
        QCOMPARE(record->errorCode, int(Job::EngineUnavailable));
        QCOMPARE(record->attempts, 2);
        QVERIFY2(record->errorText.contains(QLatin1String("no longer connected")), qPrintable(record->errorText));
        QVERIFY2(record->errorText.contains(m_sandbox.displayUrl()), qPrintable(record->errorText));
        QVERIFY2(record->errorText.contains(QLatin1String("Connect to")), qPrintable(record->errorText));
    }

    void listerRunsOneListingPerContainerPlusOne()
    {
        Workspace workspace;
        workspace.connectTo(m_sandbox);
        CheckpointLister *lister = workspace.lister();
        QSignalSpy listed(lister, &CheckpointLister::listed);
        lister->list(m_missing, QStringLiteral("/first"));
        QVERIFY(lister->isListing(m_missing));
        lister->list(m_missing, QStringLiteral("/second"));
        lister->list(m_missing, QStringLiteral("/third"));
        // Another container does not wait for it.
        const QString other = m_missing + QStringLiteral("-other");
        lister->list(other);
        QVERIFY(lister->isListing(other));

        QTRY_VERIFY_WITH_TIMEOUT(!lister->isListing(m_missing) && !lister->isListing(other), 15000);
        QStringList folders;
        for (const QList<QVariant> &signal : std::as_const(listed)) {
            if (signal.at(0).toString() == m_missing) {
                folders.append(signal.at(1).toString());
                QVERIFY(!signal.at(2).value<EngineResult<QList<CheckpointInfo>>>());
            }
        }
        // The first, then one more in the folder asked for last.
        QCOMPARE(folders, (QStringList{QStringLiteral("/first"), QStringLiteral("/third")}));
        QCOMPARE(listed.size(), 3);

        // Listings of a replaced session are not reported: the session goes, its listing with it.
        QSignalSpy dropped(lister, &CheckpointLister::dropped);
        lister->list(m_missing, QStringLiteral("/replaced"));
        workspace.connectTo(*EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-workspace-test.sock")));
        QVERIFY(!lister->isListing(m_missing));
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 15000);
        QCOMPARE(dropped.first().at(0).toString(), m_missing);
        QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("/replaced"));
        QCOMPARE(listed.size(), 3);
    }

    void answersOfAReplacedClientAreDropped()
    {
        // The replaced client stays, so the engine's answer comes; the new client's is reported.
        EngineClient replaced(m_sandbox);
        EngineClient current(m_sandbox);
        CheckpointLister lister;
        QSignalSpy listed(&lister, &CheckpointLister::listed);
        QSignalSpy dropped(&lister, &CheckpointLister::dropped);
        lister.setClient(&replaced);
        lister.list(m_missing, QStringLiteral("/replaced"));
        lister.setClient(&current);
        QVERIFY(!lister.isListing(m_missing));
        lister.list(m_missing, QStringLiteral("/current"));

        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 15000);
        QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("/replaced"));
        QTRY_VERIFY_WITH_TIMEOUT(!lister.isListing(m_missing), 15000);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().at(1).toString(), QStringLiteral("/current"));
        QCOMPARE(dropped.size(), 1);
    }

private:
    EngineEndpoint m_sandbox;
    const QString m_missing = QStringLiteral("stasis-workspace-missing-%1").arg(QCoreApplication::applicationPid());
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "workspacetest.moc"
