// SPDX-License-Identifier: GPL-2.0-or-later
// CreateCheckpointJob against the sandbox engine: the metadata it writes
// beside CRIU's images, read back through the catalog, and a restore that
// the extra file does not disturb.
#include "createcheckpointjob.h"
#include "checkpointcatalog.h"
#include "enginetestsupport.h"
#include "restorejob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CreateCheckpointJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("createcheckpointjobtest")};

    EngineResult<QString> startCounter(const QString &suffix, bool start = true)
    {
        return m_containers.add(suffix, start);
    }

    EngineResult<QList<int>> frozenValues(const QString &container)
    {
        return Test::frozenValues(*m_client, container);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void writesMetadataBesideTheImages()
    {
        const auto container = startCounter(QStringLiteral("metadata"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 2);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("meta-cp");
        auto *create = new CreateCheckpointJob(m_client, *container, CheckpointOptions{name, false, {}}, this);
        create->setAutoDelete(false); // inspected after its result
        QSignalSpy created(create, &KJob::result);
        QSignalSpy warnings(create, &KJob::warning);
        create->start();
        QVERIFY(created.wait(120000));
        QVERIFY2(!create->error(), jobFailure(create).constData());
        QVERIFY2(create->metadata().has_value(), warnings.isEmpty() ? "" : qPrintable(warnings.first().at(1).toString()));

        const auto listed = await(CheckpointCatalog(m_client).list(*container));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        const CheckpointInfo &info = listed->first();
        QVERIFY(info.metadata);
        QCOMPARE(info.metadata->created, create->metadata()->created);
        QCOMPARE(info.metadata->size, create->metadata()->size);
        // Measured through the engine: the memory pages are most, not all, of the checkpoint.
        QVERIFY2(info.metadata->memoryPagesSize > 0 && info.metadata->memoryPagesSize < info.metadata->size,
                 qPrintable(QStringLiteral("%1 of %2").arg(info.metadata->memoryPagesSize).arg(info.metadata->size)));
        QCOMPARE(info.size, info.metadata->size);
        QCOMPARE(*info.metadata, *create->metadata());
        QCOMPARE(info.metadata->dumpMilliseconds, create->metadata()->dumpMilliseconds);
        QVERIFY(info.metadata->dumpMilliseconds > 0);
        QCOMPARE(info.metadata->leftRunning, false);
        QCOMPARE(info.metadata->stasisVersion, QStringLiteral(STASIS_VERSION));
        const auto version = await(m_client->version());
        QVERIFY2(version, why(version).constData());
        QCOMPARE(info.metadata->engineVersion, version->version);

        // The extra file does not disturb the restore.
        const auto frozen = frozenValues(*container);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());
        auto *restore = new RestoreJob(m_client, *container, name, this);
        restore->setAutoDelete(false); // inspected after its result
        QSignalSpy restored(restore, &KJob::result);
        restore->start();
        QVERIFY(restored.wait(120000));
        QVERIFY2(!restore->error(), jobFailure(restore).constData());
        const auto after = waitForCounterValues(*m_client, *container, frozen->size() + 2);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozen->size()), frozen->last() + 1);
    }
};

QTEST_GUILESS_MAIN(CreateCheckpointJobTest)
#include "createcheckpointjobtest.moc"
