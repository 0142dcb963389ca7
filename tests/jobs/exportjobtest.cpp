// SPDX-License-Identifier: GPL-2.0-or-later
// ExportJob against the sandbox engine: a counter container's checkpoint
// exported to .tar.zst and .zip, read back with GNU tar and unzip; cancel
// and an unknown checkpoint leave no file; the image goes along when asked.
#include "enginetestsupport.h"
#include "localfiles.h"

#include "archivemanifest.h"
#include "archivevalidator.h"
#include "exportjob.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Stasis;
using namespace Stasis::Test;

class ExportJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-exporttest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_checkpoint = QStringLiteral("export-cp");

    static qint64 fileSystemTarSize(const ArchiveManifest &manifest)
    {
        const ArchiveFileEntry *tar = manifest.topLevelFile(ArchiveManifest::FileSystem::tarName);
        return tar ? tar->size : 0;
    }

    ExportJob *startExport(const QString &checkpoint, const QString &path, ArchiveFormat format)
    {
        auto *job = new ExportJob(m_client, ExportJob::Request{m_container, checkpoint, {}, path, format}, this);
        job->setAutoDelete(false);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022);
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto started = startCounter(*m_client, m_container);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_container, 3);
        QVERIFY2(counting, why(counting).constData());
        const auto checkpointed = checkpoint(*m_client, m_container, CheckpointOptions{m_checkpoint, true, {}});
        QVERIFY2(checkpointed, why(checkpointed).constData());
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void exportsReadableArchives_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<QStringList>("extract");
        QTest::newRow("tar.zst") << ArchiveFormat::TarZstd << QStringList{QStringLiteral("tar"), QStringLiteral("--zstd"), QStringLiteral("-xf")};
        QTest::newRow("zip") << ArchiveFormat::Zip << QStringList{QStringLiteral("unzip"), QStringLiteral("-q")};
    }

    void exportsReadableArchives()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(QStringList, extract);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("export") + ArchiveFormats::suffix(format));

        ExportJob *job = startExport(m_checkpoint, path, format);
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(entriesOf(folder.path()), QStringList{QFileInfo(path).fileName()});
        QCOMPARE(job->totalAmount(KJob::Bytes), qulonglong(2 * (fileSystemTarSize(job->manifest()) + job->manifest().totalSize())));
        QCOMPARE(job->processedAmount(KJob::Bytes), job->totalAmount(KJob::Bytes));

        const QString out = folder.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QString failure;
        run(extract.first(), extract.mid(1) << path, out, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        QFile manifestFile(out + QLatin1String("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const auto manifest = ArchiveManifest::fromJson(manifestFile.readAll());
        QVERIFY2(manifest, why(manifest).constData());
        QCOMPARE(*manifest, job->manifest());
        QCOMPARE(manifest->checkpoint.name, m_checkpoint);
        QCOMPARE(manifest->container.name, m_container);
        QVERIFY(manifest->checkpoint.created.isValid());
        QVERIFY(manifest->producer.startsWith(QLatin1String("Stasis ")));
        QVERIFY(!manifest->engine.version.isEmpty());
        QVERIFY(manifest->processCount() >= 1);
        QVERIFY(manifest->memoryPagesSize() > 0);

        QStringList listed;
        for (const ArchiveFileEntry &file : manifest->files) {
            listed.append(file.path);
            const QString extracted = out + QLatin1String("/checkpoint/") + file.path;
            QCOMPARE(QFileInfo(extracted).size(), file.size);
            const QByteArray sum = run(QStringLiteral("sha256sum"), {extracted}, out, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(sum.left(64), file.sha256);
        }
        listed.sort();
        QCOMPARE(QDir(out + QLatin1String("/checkpoint")).entryList(QDir::Files | QDir::Hidden, QDir::Name), listed);

        // Beside the manifest, listed with their hashes: the container's dumps for checkpointctl, and its file system.
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), exportedTopLevelEntries());
        QCOMPARE(manifest->topLevelFiles.size(), 4);
        QVERIFY(manifest->fileSystem);
        for (const ArchiveFileEntry &file : manifest->topLevelFiles) {
            QFile dump(out + QLatin1Char('/') + file.path);
            QVERIFY(dump.open(QIODevice::ReadOnly));
            QCOMPARE(Sha256::hex(dump.readAll()), file.sha256);
            QCOMPARE(file.mode, 0600);
        }
        QFile config(out + QLatin1String("/config.dump"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject configObject = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(configObject.value(QLatin1String("name")).toString(), m_container);
        QCOMPARE(configObject.value(QLatin1String("id")).toString(), manifest->container.id);
        QCOMPARE(configObject.value(QLatin1String("rootfsImageRef")).toString(), manifest->container.imageId);
        QCOMPARE(QDateTime::fromString(configObject.value(QLatin1String("checkpointedTime")).toString(), Qt::ISODateWithMs), manifest->checkpoint.created);
        delete job;
    }

    void carriesTheImageWhenAsked()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("with-image.tar.zst"));
        auto *job = new ExportJob(m_client, ExportJob::Request{m_container, m_checkpoint, {}, path, ArchiveFormat::TarZstd, true, true}, this);
        job->setAutoDelete(false);
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        QCOMPARE(entriesOf(folder.path()), QStringList{QFileInfo(path).fileName()});
        const ArchiveManifest manifest = job->manifest();
        QVERIFY(manifest.carriesImage());
        const ArchiveFileEntry image = *manifest.topLevelFile(ArchiveManifest::imageTarName);
        QCOMPARE(job->totalAmount(KJob::Bytes), qulonglong(2 * (fileSystemTarSize(manifest) + image.size + manifest.totalSize())));
        delete job;

        // As the README tells to load it: GNU tar takes it out whole.
        QString failure;
        const QByteArray imageTar = run(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-xOf"), path, image.path}, folder.path(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(imageTar.size(), image.size);
        QCOMPARE(Sha256::hex(imageTar), image.sha256);
        QFile imageFile(folder.filePath(QStringLiteral("image.tar")));
        QVERIFY(imageFile.open(QIODevice::WriteOnly));
        QCOMPARE(imageFile.write(imageTar), imageTar.size());
        imageFile.close();
        // Saved by id: the exact image, under no name a load could take from another image.
        const QByteArray saved =
            run(QStringLiteral("tar"), {QStringLiteral("-xOf"), imageFile.fileName(), QStringLiteral("manifest.json")}, folder.path(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonArray images = QJsonDocument::fromJson(saved).array();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().toObject().value(QLatin1String("Config")).toString(),
                 QLatin1String("blobs/sha256/") + manifest.container.imageId.section(QLatin1Char(':'), 1));
        QVERIFY(images.first().toObject().value(QLatin1String("RepoTags")).toArray().isEmpty());

        const ArchiveValidation validation = ArchiveValidator(path, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        QVERIFY(validation.manifest->carriesImage());
    }

    void firstPassReportsProgress()
    {
        QTemporaryDir folder;
        ExportJob *job = startExport(m_checkpoint, folder.filePath(QStringLiteral("progress.tar.zst")), ArchiveFormat::TarZstd);
        // While pass 1 reads the checkpoint the manifest has no files yet.
        qulonglong duringFirstPass = 0;
        connect(job, &KJob::processedAmountChanged, this, [job, &duringFirstPass](KJob *, KJob::Unit unit, qulonglong amount) {
            if (unit == KJob::Bytes && job->manifest().files.isEmpty()) {
                duringFirstPass = std::max(duringFirstPass, amount);
            }
        });
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        QVERIFY(duringFirstPass > 0);
        QCOMPARE(duringFirstPass, qulonglong(fileSystemTarSize(job->manifest()) + job->manifest().totalSize()));
        delete job;
    }

    void killAfterFirstProgressLeavesNoFile()
    {
        QTemporaryDir folder;
        ExportJob *job = startExport(m_checkpoint, folder.filePath(QStringLiteral("killed.tar.zst")), ArchiveFormat::TarZstd);
        QSignalSpy progress(job, &KJob::processedAmountChanged);
        connect(
            job,
            &KJob::processedAmountChanged,
            this,
            [job] {
                job->kill(KJob::EmitResult);
            },
            Qt::SingleShotConnection);
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(job->error(), int(KJob::KilledJobError));
        QCOMPARE(entriesOf(folder.path()), QStringList());
        delete job;
    }

    void unknownCheckpointFailsClearly()
    {
        QTemporaryDir folder;
        ExportJob *job = startExport(QStringLiteral("no-such-checkpoint"), folder.filePath(QStringLiteral("none.tar.zst")), ArchiveFormat::TarZstd);
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QCOMPARE(job->error(), int(Job::NotFound));
        QVERIFY2(job->errorText().contains(QLatin1String("no-such-checkpoint")), qPrintable(job->errorText()));
        QCOMPARE(entriesOf(folder.path()), QStringList());
        delete job;
    }
};

QTEST_GUILESS_MAIN(ExportJobTest)

#include "exportjobtest.moc"
