// SPDX-License-Identifier: GPL-2.0-or-later
// RemoveCheckpointJob against the sandbox engine: a checkpoint goes, from the
// default folder and from a custom one; a missing one fails with details.
#include "removecheckpointjob.h"
#include "enginetestsupport.h"

#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class RemoveCheckpointJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("removecheckpointjobtest")};
    QString m_container;

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto container = m_containers.add(QStringLiteral("counter"));
        QVERIFY2(container, why(container).constData());
        m_container = *container;
        const auto counting = waitForCounterValues(*m_client, m_container, 1);
        QVERIFY2(counting, why(counting).constData());
    }

    void removes_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::newRow("default folder") << QString();
        QTest::newRow("custom folder") << QStringLiteral("/tmp/") + m_containers.name(QStringLiteral("folder"));
    }

    void removes()
    {
        QFETCH(QString, directory);
        const QString name = directory.isEmpty() ? QStringLiteral("default-cp") : QStringLiteral("custom-cp");
        const auto created = checkpoint(*m_client, m_container, CheckpointOptions{name, true, directory});
        QVERIFY2(created, why(created).constData());
        RemoveCheckpointJob job(m_client, m_container, name, directory);
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), jobFailure(&job).constData());
        const auto listed = await(m_client->checkpoints(m_container, directory));
        QVERIFY2(listed, why(listed).constData());
        QVERIFY(listed->isEmpty());
    }

    void aMissingCheckpointFailsWithDetails()
    {
        RemoveCheckpointJob job(m_client, m_container, QStringLiteral("never-taken"));
        QVERIFY(runJob(&job));
        QCOMPARE(job.error(), int(Job::EngineRefused));
        QVERIFY2(job.errorText().contains(RemoveCheckpointJob::tr("Refresh the list of checkpoints")), qPrintable(job.errorText()));
        QVERIFY2(job.errorDetails().contains(QLatin1String("never-taken")), qPrintable(job.errorDetails()));
        QVERIFY(job.engineError().httpStatus >= 400);
    }
};

QTEST_GUILESS_MAIN(RemoveCheckpointJobTest)
#include "removecheckpointjobtest.moc"
