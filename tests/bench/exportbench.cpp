// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: export the checkpoint of a container holding about 512 MiB of
// memory to .tar.zst with ExportJob, and compare with reading the engine's
// GET …/archive stream of the same checkpoint into nothing. Prints the wall
// times, their ratio and the peak RSS of this process during the export;
// fails when the peak reaches 100 MiB. Imports that archive back into the
// container under another name, with the same limit. Then exports to
// .tar.xz, whose compressor is far slower than the engine, for a while: the
// peak RSS must stay bounded there too. Last, a small container that wrote
// 100 MiB into its file system: its export (which carries those files)
// against the engine's GET …/archive of that file parsed into nothing, with
// the same memory limit.
#include "enginetestsupport.h"
#include "peakmemory.h"

#include "checkpointarchivestream.h"
#include "checkpointfolder.h"
#include "exportjob.h"
#include "helpercontainer.h"
#include "importjob.h"
#include "tarstreamreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
constexpr qint64 mebibyte = 1024 * 1024;

/// Consumes a tar stream and keeps nothing.
class Discard final : public TarStreamReader::Handler
{
public:
    bool entryStarted(const TarEntry &) override
    {
        return true;
    }
    bool entryData(QByteArrayView chunk) override
    {
        bytes += chunk.size();
        return true;
    }
    bool entryFinished() override
    {
        return true;
    }
    qint64 bytes = 0;
};
} // namespace

class ExportBench : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-exportbench-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_helper;
    QTemporaryDir m_folder;
    qint64 m_checkpointMs = 0;
    qint64 m_baselineMs = 0;
    qint64 m_baselinePeak = 0;
    QString m_archive;

    ExportJob *startExport(const QString &path, ArchiveFormat format)
    {
        auto *job = new ExportJob(m_client, ExportJob::Request{m_container, QStringLiteral("bench"), {}, path, format}, this);
        job->setAutoDelete(false);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;

        // busybox's tail keeps its whole input while it has seen no newline and
        // no end: 256 MiB of random bytes without newlines, then 256 MiB of zeros,
        // with the pipe held open.
        ContainerSpec spec;
        spec.name = m_container;
        spec.image = sandboxImage();
        spec.command = {
            QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("(head -c 268435456 /dev/urandom | tr -d '\\n'; head -c 268435456 /dev/zero; echo held >&2; exec sleep 2147483647) | tail")};
        spec.stopTimeoutSeconds = 1;
        const auto created = await(m_client->createContainer(spec));
        QVERIFY2(created, why(created).constData());
        const auto started = await(m_client->startContainer(m_container));
        QVERIFY2(started, why(started).constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto log = await(m_client->logs(m_container));
                return log && log->contains("held");
            },
            120000));

        QElapsedTimer timer;
        timer.start();
        const auto checkpointed = checkpoint(*m_client, m_container, CheckpointOptions{QStringLiteral("bench"), false, {}});
        QVERIFY2(checkpointed, why(checkpointed).constData());
        m_checkpointMs = timer.elapsed();
    }

    void cleanupTestCase()
    {
        if (!m_helper.isEmpty()) {
            await(m_client->removeContainer(m_helper, true, true));
        }
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void baseline()
    {
        // The engine's GET stream of the checkpoint, read and parsed into nothing.
        const auto details = await(m_client->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        const auto helper =
            await(m_client->createContainer(HelperContainer::containerSpec(sandboxHelper(CheckpointFolder::defaultFolder(info->dockerRootDir, details->id)))));
        QVERIFY2(helper, why(helper).constData());
        m_helper = *helper;
        Discard discard;
        CheckpointArchiveStream stream(m_client, &discard);
        QSignalSpy streamed(&stream, &CheckpointArchiveStream::finished);
        QVERIFY(resetPeakRss());
        QElapsedTimer timer;
        timer.start();
        stream.start(m_helper, QStringLiteral("bench"));
        QVERIFY(streamed.wait(300000));
        m_baselineMs = timer.elapsed();
        m_baselinePeak = peakRss();
        QVERIFY2(streamed.first().first().toBool(), qPrintable(stream.error().toString()));
        QVERIFY2(discard.bytes > 400 * mebibyte, "the checkpoint is smaller than the container's memory");
        qInfo("checkpoint: %.1f MiB, created in %lld ms", double(discard.bytes) / mebibyte, m_checkpointMs);
        qInfo("baseline (GET stream parsed into nothing, 1 pass): %lld ms, peak RSS %.1f MiB", m_baselineMs, double(m_baselinePeak) / mebibyte);
    }

    void exportToZstd()
    {
        const QString path = m_folder.filePath(QStringLiteral("bench.tar.zst"));
        ExportJob *job = startExport(path, ArchiveFormat::TarZstd);
        QSignalSpy result(job, &KJob::result);
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = peakRss();
        QElapsedTimer timer;
        timer.start();
        job->start();
        QVERIFY(result.wait(600000));
        const qint64 exportMs = timer.elapsed();
        const qint64 peak = peakRss();
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        const qint64 total = job->manifest().totalSize();
        delete job;

        qInfo("export to .tar.zst (2 passes: hash, then copy + verify + zstd): %lld ms, %.2f x the baseline; archive %.1f MiB of %.1f MiB",
              exportMs,
              double(exportMs) / double(std::max<qint64>(m_baselineMs, 1)),
              double(QFileInfo(path).size()) / mebibyte,
              double(total) / mebibyte);
        qInfo("peak RSS during the export: %.1f MiB (%.1f MiB before it started)", double(peak) / mebibyte, double(rssBefore) / mebibyte);
        QVERIFY2(peak > 0 && peak < 100 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(double(peak) / mebibyte)));
        m_archive = path;
    }

    void importTheExport()
    {
        // Into the same container under another name: validate the whole
        // archive, then upload a fresh tar of it and commit it.
        QVERIFY2(!m_archive.isEmpty(), "the export failed");
        auto *job = new ImportJob(m_client, m_archive, m_container, this);
        job->setAutoDelete(false);
        job->setCheckpointName(QStringLiteral("bench-imported"));
        QSignalSpy result(job, &KJob::result);
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = peakRss();
        QElapsedTimer timer;
        timer.start();
        job->start();
        QVERIFY(result.wait(600000));
        const qint64 importMs = timer.elapsed();
        const qint64 peak = peakRss();
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        delete job;
        const auto checkpoints = await(m_client->checkpoints(m_container));
        QVERIFY2(checkpoints, why(checkpoints).constData());
        QVERIFY(std::ranges::any_of(*checkpoints, [](const CheckpointRef &checkpoint) {
            return checkpoint.name == QLatin1String("bench-imported");
        }));

        qInfo("import of the .tar.zst (validate: decompress + hash, then upload a fresh tar + hash again): %lld ms, %.2f x the baseline",
              importMs,
              double(importMs) / double(std::max<qint64>(m_baselineMs, 1)));
        qInfo("peak RSS during the import: %.1f MiB (%.1f MiB before it started)", double(peak) / mebibyte, double(rssBefore) / mebibyte);
        QVERIFY2(peak > 0 && peak < 100 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(double(peak) / mebibyte)));
        QFile::remove(m_archive);
    }

    void exportToXzWaitsForTheCompressor()
    {
        // xz compresses a few MB/s, a hundred times slower than the engine
        // sends: the stream must wait for it instead of piling up. Once the
        // copying pass runs, give the engine time to send the whole checkpoint
        // several times over, then stop.
        const QString path = m_folder.filePath(QStringLiteral("bench.tar.xz"));
        ExportJob *job = startExport(path, ArchiveFormat::TarXz);
        QSignalSpy result(job, &KJob::result);
        QVERIFY(resetPeakRss());
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->totalAmount(KJob::Bytes) > 0 && job->processedAmount(KJob::Bytes) > job->totalAmount(KJob::Bytes) / 2, 120000);
        const qint64 checkpointSize = qint64(job->totalAmount(KJob::Bytes) / 2);
        const qint64 copyStart = qint64(job->processedAmount(KJob::Bytes));
        const int windowMs = int(std::max<qint64>(3 * m_baselineMs, 5000));
        QTest::qWait(windowMs);
        const qint64 copied = qint64(job->processedAmount(KJob::Bytes)) - copyStart;
        const qint64 peak = peakRss();
        QVERIFY(result.isEmpty());
        QVERIFY(job->kill(KJob::Quietly));
        QVERIFY(!QFileInfo::exists(path));
        qInfo("export to .tar.xz: %.1f MiB copied in %d ms, in which the engine could have sent all %.1f MiB; peak RSS %.1f MiB",
              double(copied) / mebibyte,
              windowMs,
              double(checkpointSize) / mebibyte,
              double(peak) / mebibyte);
        QVERIFY(copied < checkpointSize);
        delete job;
        // liblzma's encoder alone takes about 94 MiB at KArchive's preset (6).
        QVERIFY2(peak > 0 && peak < 160 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(double(peak) / mebibyte)));
    }

    void exportWith100MiBOfFileSystem()
    {
        const QString writer = m_container + QLatin1String("-files");
        const auto started = startCounter(
            *m_client,
            writer,
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("head -c 104857600 /dev/urandom > /written.bin; echo 0; exec sleep 2147483647")});
        QVERIFY2(started, why(started).constData());
        const auto cleanup = qScopeGuard([&] {
            await(m_client->removeContainer(writer, true));
        });
        const auto written = waitForCounterValues(*m_client, writer, 1);
        QVERIFY2(written, why(written).constData());
        QVERIFY(checkpoint(*m_client, writer, CheckpointOptions{QStringLiteral("bench"), false, {}}));

        // The baseline: what `docker cp` of that file reads, parsed into nothing.
        Discard discard;
        CheckpointArchiveStream stream(m_client, &discard, nullptr, TarStreamReader::Content::EngineFileSystem);
        QSignalSpy streamed(&stream, &CheckpointArchiveStream::finished);
        QElapsedTimer timer;
        timer.start();
        stream.startPath(writer, QStringLiteral("/written.bin"));
        QVERIFY(streamed.wait(300000));
        const qint64 baselineMs = timer.elapsed();
        QVERIFY2(streamed.first().first().toBool(), qPrintable(stream.error().toString()));
        QCOMPARE(discard.bytes, 100 * mebibyte);

        const QString path = m_folder.filePath(QStringLiteral("files.tar.zst"));
        auto *job = new ExportJob(m_client, ExportJob::Request{writer, QStringLiteral("bench"), {}, path, ArchiveFormat::TarZstd}, this);
        job->setAutoDelete(false);
        QSignalSpy result(job, &KJob::result);
        QVERIFY(resetPeakRss());
        timer.restart();
        job->start();
        QVERIFY(result.wait(600000));
        const qint64 exportMs = timer.elapsed();
        const qint64 peak = peakRss();
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        QVERIFY(job->manifest().fileSystem);
        const qint64 carried = job->manifest().fileSystem->contentSize;
        delete job;
        QVERIFY2(carried >= 100 * mebibyte, qPrintable(QString::number(carried)));
        qInfo(
            "export with %.1f MiB of file system changes to .tar.zst: %lld ms, %.2f x the baseline (GET …/archive of the file, %lld ms); peak "
            "RSS %.1f MiB",
            double(carried) / mebibyte,
            exportMs,
            double(exportMs) / double(std::max<qint64>(baselineMs, 1)),
            baselineMs,
            double(peak) / mebibyte);
        QVERIFY2(peak > 0 && peak < 100 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(double(peak) / mebibyte)));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(ExportBench)

#include "exportbench.moc"
