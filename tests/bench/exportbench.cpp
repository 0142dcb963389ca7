// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: export the checkpoint of a container holding about 512 MiB of
// memory to .tar.zst with ExportJob, and compare with reading the engine's
// GET …/archive stream of the same checkpoint into nothing. Prints the wall
// times, their ratio and the peak RSS of this process during the export;
// fails when the peak reaches 100 MiB.
#include "enginetestsupport.h"

#include "archives/tarstreamreader.h"
#include "checkpoints/checkpointarchivestream.h"
#include "checkpoints/checkpointcatalog.h"
#include "checkpoints/helpercontainer.h"
#include "jobs/exportjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
constexpr qint64 mebibyte = 1024 * 1024;

/// VmHWM of this process, in bytes.
qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

/// Starts peak RSS over from the current RSS (Linux: clear_refs 5).
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

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

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        if (!m_helper.isEmpty()) {
            await(HelperContainer::remove(m_client, m_helper));
        }
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void exportOf512MiBContainer()
    {
        // busybox's tail keeps its whole input while it has seen no newline and
        // no end: 256 MiB of random bytes without newlines, then 256 MiB of zeros,
        // with the pipe held open.
        ContainerSpec spec;
        spec.name = m_container;
        spec.image = sandboxImage();
        spec.command = {QStringLiteral("/bin/sh"),
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
        const qint64 checkpointMs = timer.elapsed();

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("bench.tar.zst"));
        auto *job = new ExportJob(m_client, ExportJob::Request{m_container, QStringLiteral("bench"), {}, path, ArchiveFormat::TarZstd}, this);
        job->setAutoDelete(false);
        QSignalSpy result(job, &KJob::result);
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = peakRss();
        timer.restart();
        job->start();
        QVERIFY(result.wait(600000));
        const qint64 exportMs = timer.elapsed();
        const qint64 peak = peakRss();
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        const qint64 total = job->manifest().totalSize();
        delete job;

        // Baseline: the same GET stream, read and parsed into nothing.
        const auto details = await(m_client->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        const auto helper = await(HelperContainer::create(m_client, details->imageId, CheckpointCatalog::defaultFolder(info->dockerRootDir, details->id)));
        QVERIFY2(helper, why(helper).constData());
        m_helper = *helper;
        Discard discard;
        CheckpointArchiveStream stream(m_client, &discard);
        QSignalSpy streamed(&stream, &CheckpointArchiveStream::finished);
        timer.restart();
        QVERIFY(resetPeakRss());
        stream.start(m_helper, QStringLiteral("bench"));
        QVERIFY(streamed.wait(300000));
        const qint64 baselineMs = timer.elapsed();
        QVERIFY2(streamed.first().first().toBool(), qPrintable(stream.error().toString()));
        QVERIFY2(discard.bytes > 400 * mebibyte, "the checkpoint is smaller than the container's memory");

        const qint64 baselinePeak = peakRss();
        qInfo("checkpoint: %.1f MiB in %lld ms (create); archive %.1f MiB", double(total) / mebibyte, checkpointMs, double(QFileInfo(path).size()) / mebibyte);
        qInfo("baseline (GET stream parsed into nothing, 1 pass): %lld ms, peak RSS %.1f MiB", baselineMs, double(baselinePeak) / mebibyte);
        qInfo("export (2 passes: hash, then copy + verify + zstd): %lld ms, %.2f x the baseline", exportMs, double(exportMs) / double(std::max<qint64>(baselineMs, 1)));
        qInfo("peak RSS during the export: %.1f MiB (%.1f MiB before it started)", double(peak) / mebibyte, double(rssBefore) / mebibyte);
        QVERIFY2(peak > 0 && peak < 100 * mebibyte, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(double(peak) / mebibyte)));
    }
};

QTEST_GUILESS_MAIN(ExportBench)

#include "exportbench.moc"
