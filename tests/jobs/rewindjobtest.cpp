// SPDX-License-Identifier: GPL-2.0-or-later
// RewindJob against the sandbox engine: "stop, then restore" of a running
// container goes back to the checkpoint and counts on from there.
#include "rewindjob.h"
#include "enginetestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class RewindJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("rewindjobtest")};

    EngineResult<QString> startCounter(const QString &suffix, bool start = true)
    {
        return m_containers.add(suffix, start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void rewindsARunningContainer()
    {
        const auto container = startCounter(QStringLiteral("rewind"));
        QVERIFY2(container, why(container).constData());
        const auto before = waitForCounterValues(*m_client, *container, 2);
        QVERIFY2(before, why(before).constData());
        const QString name = QStringLiteral("rewind-cp");
        const auto created = checkpoint(*m_client, *container, CheckpointOptions{name, true, {}});
        QVERIFY2(created, why(created).constData());
        const auto justAfter = await(m_client->logs(*container));
        QVERIFY2(justAfter, why(justAfter).constData());
        // The checkpoint holds a value between these two.
        const int lowest = before->last();
        const int highest = counterValues(*justAfter).last();

        const auto running = waitForCounterValues(*m_client, *container, highest + 4);
        QVERIFY2(running, why(running).constData());
        const qsizetype printedBefore = running->size();

        auto *job = new RewindJob(JobTarget{m_client, *container, name}, this);

        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), jobFailure(job).constData());

        const auto after = waitForCounterValues(*m_client, *container, printedBefore + 4);
        QVERIFY2(after, why(after).constData());
        // The log goes up, drops back once, then counts on from the checkpoint.
        qsizetype jump = -1;
        for (qsizetype i = 1; i < after->size(); ++i) {
            if (after->at(i) != after->at(i - 1) + 1) {
                QCOMPARE(jump, -1);
                jump = i;
            }
        }
        QVERIFY2(jump > 0, "the log never went back to the checkpoint");
        QVERIFY(after->at(jump) < after->at(jump - 1));
        QVERIFY2(after->at(jump) >= lowest + 1 && after->at(jump) <= highest + 1,
                 qPrintable(QStringLiteral("resumed at %1, checkpointed between %2 and %3").arg(after->at(jump)).arg(lowest).arg(highest)));
    }
};

QTEST_GUILESS_MAIN(RewindJobTest)
#include "rewindjobtest.moc"
