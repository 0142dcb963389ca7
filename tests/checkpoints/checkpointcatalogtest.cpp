// SPDX-License-Identifier: GPL-2.0-or-later
// The catalog against the sandbox engine: three checkpoints of a counting
// container come back with their names and creation times, through the model,
// and no helper container stays behind.
#include "checkpointcatalog.h"
#include "checkpointmodel.h"
#include "enginetestsupport.h"
#include "helpercontainer.h"
#include "peakmemory.h"
#include "rawtar.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointCatalogTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-catalogtest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_customFolder = QStringLiteral("/tmp/stasis-catalogtest-%1").arg(QCoreApplication::applicationPid());

    EngineResult<void> createCheckpoint(const QString &name, const QString &directory = {})
    {
        return checkpoint(*m_client, m_container, CheckpointOptions{name, true, directory});
    }

    EngineResult<QStringList> helpersLeft()
    {
        const auto listed = helperContainers(*m_client);
        if (!listed) {
            return std::unexpected(listed.error());
        }
        // Only helpers this test made count: another program may be using
        // the engine meanwhile.
        QStringList ours;
        for (const ContainerSummary &helper : *listed) {
            if (!m_helpersBefore.contains(helper.id)) {
                ours.append(helper.id);
            }
        }
        return ours;
    }

    QStringList m_helpersBefore;

    /// Checks that @p listing of the custom folder is @p name alone, without metadata; then removes it.
    void listedWithoutMetadata(const EngineResult<QList<CheckpointInfo>> &listing, const QString &name)
    {
        QVERIFY2(listing, why(listing).constData());
        QCOMPARE(listing->size(), 1);
        QCOMPARE(listing->first().name, name);
        QVERIFY(listing->first().created.isValid());
        QVERIFY(!listing->first().metadata);
        const auto removed = await(m_client->removeCheckpoint(m_container, name, m_customFolder));
        QVERIFY2(removed, why(removed).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto before = helpersLeft();
        QVERIFY2(before, why(before).constData());
        m_helpersBefore = *before;

        const auto started = startCounter(*m_client, m_container);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_container, 1);
        QVERIFY2(counting, why(counting).constData());
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void listsCheckpointsWithCreationTimes()
    {
        // The engine's clock and ours are the same machine's; allow a little slack.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3);
        const QStringList names{QStringLiteral("cp-one"), QStringLiteral("cp-two"), QStringLiteral("cp-three")};
        for (const QString &name : names) {
            const auto created = createCheckpoint(name);
            QVERIFY2(created, why(created).constData());
            // Distinct folder times even on coarse file systems.
            QTest::qWait(20);
        }

        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CheckpointCatalog catalog(m_client);
        const auto listing = await(catalog.list(m_container));
        QVERIFY2(listing, why(listing).constData());
        model.setCheckpoints(m_container, *listing);
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(3);

        QCOMPARE(model.rowCount(), 3);
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, CheckpointModel::NameColumn).data(CheckpointModel::RawValueRole).toString(), names[row]);
            const QDateTime created = model.index(row, CheckpointModel::CreatedColumn).data(CheckpointModel::RawValueRole).toDateTime();
            QVERIFY2(created.isValid(), qPrintable(names[row]));
            QVERIFY2(created >= start && created <= end,
                     qPrintable(QStringLiteral("%1 taken at %2, outside %3 … %4")
                                    .arg(names[row], created.toString(Qt::ISODateWithMs), start.toString(Qt::ISODateWithMs), end.toString(Qt::ISODateWithMs))));
            if (previous.isValid()) {
                QVERIFY2(created > previous, qPrintable(QStringLiteral("%1 is not after the one before").arg(names[row])));
            }
            previous = created;
            // Taken by CreateCheckpointJob, which measures the size into stasis.json.
            const qint64 size = model.index(row, CheckpointModel::SizeColumn).data(CheckpointModel::RawValueRole).value<qint64>();
            QVERIFY2(size > 0, qPrintable(QStringLiteral("%1 has size %2").arg(names[row]).arg(size)));
        }

        const auto helpers = helpersLeft();
        QVERIFY2(helpers, why(helpers).constData());
        QVERIFY2(helpers->isEmpty(), qPrintable(helpers->join(QLatin1String(", "))));

        // A refresh after one more checkpoint inserts one row.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto fourth = createCheckpoint(QStringLiteral("cp-four"));
        QVERIFY2(fourth, why(fourth).constData());
        const auto refreshed = await(catalog.list(m_container));
        QVERIFY2(refreshed, why(refreshed).constData());
        model.setCheckpoints(m_container, *refreshed);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, CheckpointModel::NameColumn).data().toString(), QStringLiteral("cp-four"));
    }

    void listsACustomFolder()
    {
        const auto created = createCheckpoint(QStringLiteral("cp-custom"), m_customFolder);
        QVERIFY2(created, why(created).constData());
        const auto listing = await(CheckpointCatalog(m_client).list(m_container, m_customFolder));
        QVERIFY2(listing, why(listing).constData());
        QCOMPARE(listing->size(), 1);
        QCOMPARE(listing->first().name, QStringLiteral("cp-custom"));
        QCOMPARE(listing->first().directory, m_customFolder);
        QVERIFY(listing->first().created.isValid());
        const auto removed = await(m_client->removeCheckpoint(m_container, QStringLiteral("cp-custom"), m_customFolder));
        QVERIFY2(removed, why(removed).constData());
        const auto helpers = helpersLeft();
        QVERIFY2(helpers, why(helpers).constData());
        QVERIFY(helpers->isEmpty());
    }

    void listsACheckpointWhoseMetadataIsMalformed()
    {
        const QString name = QStringLiteral("cp-bad-metadata");
        const auto created = createCheckpoint(name, m_customFolder);
        QVERIFY2(created, why(created).constData());
        const HelperContainer::Spec spec = sandboxHelper(m_customFolder, false);
        const auto writer = await(m_client->createContainer(HelperContainer::containerSpec(spec)));
        QVERIFY2(writer, why(writer).constData());
        const auto removeWriter = qScopeGuard([this, &writer] {
            await(m_client->removeContainer(*writer, true, true));
        });
        const QByteArray malformed = R"({"format": "org.stasis.checkpoint.v1", "size": "large"})";
        const auto written = await(
            m_client->putArchive(*writer, HelperContainer::pathInside(name), RawTar().file(QByteArray(CheckpointMetadata::fileName), malformed).finish()));
        QVERIFY2(written, why(written).constData());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("stasis.json is malformed: size must be a whole number")));
        const auto listing = await(CheckpointCatalog(m_client).list(m_container, m_customFolder));
        listedWithoutMetadata(listing, name);
    }

    void listsACheckpointWhoseMetadataIsHuge()
    {
        const QString name = QStringLiteral("cp-huge-metadata");
        const auto created = createCheckpoint(name, m_customFolder);
        QVERIFY2(created, why(created).constData());
        HelperContainer::Spec spec = sandboxHelper(m_customFolder, false);
        // Sparse: a gibibyte of zeros that takes no room.
        spec.entrypoint = {QStringLiteral("truncate")};
        spec.command = {QStringLiteral("-s"), QStringLiteral("1G"), HelperContainer::pathInside(name + QLatin1Char('/') + CheckpointMetadata::fileName)};
        const auto writer = await(m_client->createContainer(HelperContainer::containerSpec(spec)));
        QVERIFY2(writer, why(writer).constData());
        const auto removeWriter = qScopeGuard([this, &writer] {
            await(m_client->removeContainer(*writer, true, true));
        });
        const auto started = await(m_client->startContainer(*writer));
        QVERIFY2(started, why(started).constData());
        const auto exitCode = await(m_client->waitContainer(*writer));
        QVERIFY2(exitCode, why(exitCode).constData());
        QCOMPARE(*exitCode, 0);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no metadata for checkpoint.*cp-huge-metadata.*too large")));
        QVERIFY(resetPeakRss());
        const qint64 before = peakRss();
        const auto listing = await(CheckpointCatalog(m_client).list(m_container, m_customFolder));
        QVERIFY2(peakRss() - before < 64 * 1024 * 1024, "the metadata file was read whole");
        listedWithoutMetadata(listing, name);
    }

    void reportsAMissingContainer()
    {
        const auto listing = await(CheckpointCatalog(m_client).list(QStringLiteral("stasis-catalogtest-no-such-container")));
        QVERIFY(!listing);
        QCOMPARE(listing.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(CheckpointCatalogTest)
#include "checkpointcatalogtest.moc"
