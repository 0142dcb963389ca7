// SPDX-License-Identifier: GPL-2.0-or-later
// The archive round trip through the built stasisctl against the sandbox
// engine: a counter container's checkpoint exported to .tar.zst and .zip,
// read back by GNU tar and unzip, removed, imported again (into the same
// container, and into a new one made from the manifest), and restored: the
// counter goes on where it stopped. The imported files are root's, 0600 in a
// 0700 folder, as the engine itself reports them.
#include "archivemanifest.h"
#include "containerfolders.h"
#include "localfiles.h"
#include "sha256.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '));
}

/// The files of a checkpoint folder's tar (as the engine sends it), by path below the folder.
QMap<QString, RawTarEntry> filesBelow(const QList<RawTarEntry> &entries, const QByteArray &folder)
{
    QMap<QString, RawTarEntry> files;
    for (const RawTarEntry &entry : entries) {
        if (entry.type != '5' && entry.name.startsWith(QByteArray(folder + '/'))) {
            files.insert(QString::fromUtf8(entry.name.mid(folder.size() + 1)), entry);
        }
    }
    return files;
}
} // namespace

class ArchiveRoundTripTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-arttest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_source = m_prefix + QStringLiteral("source");
    QString m_clone = m_prefix + QStringLiteral("clone");
    const QString m_checkpoint = QStringLiteral("cp-rt");
    QTemporaryDir m_work;
    QString m_tarZst;
    QString m_zip;
    ArchiveManifest m_manifest;
    QList<int> m_frozen;
    QStringList m_readers;

    /// The engine's own view of checkpoint @p name of @p container: every entry, through a read-only helper.
    EngineResult<QList<RawTarEntry>> checkpointEntries(const QString &container, const QString &name)
    {
        const auto folder = containerFolder(*m_client, container);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        const auto reader = folderReader(*m_client, *folder);
        if (!reader) {
            return std::unexpected(reader.error());
        }
        m_readers.append(*reader);
        return archiveEntries(*m_client, *reader, CheckpointStager::containerMount + QLatin1String("/checkpoints/") + name);
    }

    /// The entries of @p container's folder on the engine host.
    EngineResult<QStringList> containerFolderNames(const QString &container)
    {
        const auto folder = containerFolder(*m_client, container);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        return folderNames(*m_client, *folder);
    }

    /// The imported checkpoint @p name of @p container is the exported one, root's, 0600 files in a 0700 folder.
    void verifyImported(const QString &container, const QString &name)
    {
        const auto entries = checkpointEntries(container, name);
        QVERIFY2(entries, why(entries).constData());
        QCOMPARE(entries->first().name, name.toUtf8() + '/');
        for (const RawTarEntry &entry : *entries) {
            QVERIFY2(entry.uid == 0 && entry.gid == 0, entry.name.constData());
            if (entry.type == '5') {
                QCOMPARE(entry.mode & 07777, 0700);
            } else {
                QCOMPARE(entry.type, '0');
                QCOMPARE(entry.mode & 07777, 0600);
            }
        }
        const QMap<QString, RawTarEntry> files = filesBelow(*entries, name.toUtf8());
        QCOMPARE(files.size(), m_manifest.files.size());
        for (const ArchiveFileEntry &file : std::as_const(m_manifest.files)) {
            QVERIFY2(files.contains(file.path), qPrintable(file.path));
            QCOMPARE(files.value(file.path).data.size(), file.size);
            QCOMPARE(Sha256::hex(files.value(file.path).data), file.sha256);
        }
        // No staging folder stays beside the checkpoints, and no helper of the import.
        const auto names = containerFolderNames(container);
        QVERIFY2(names, why(names).constData());
        for (const QString &entry : *names) {
            QVERIFY2(!entry.startsWith(CheckpointStager::stagingPrefix), qPrintable(entry));
        }
        const auto details = await(m_client->inspectContainer(container));
        QVERIFY2(details, why(details).constData());
        const auto helpers = helpersOver(*m_client, details->id);
        QVERIFY2(helpers, why(helpers).constData());
        QCOMPARE(*helpers, QStringList());
    }

    /// @p archive extracts with @p extract (GNU tar, unzip) into the manifest's files with its SHA-256 sums.
    void verifyStandardTools(const QString &archive, const QStringList &extract)
    {
        const QString out = m_work.filePath(QFileInfo(archive).fileName() + QStringLiteral(".out"));
        QVERIFY(QDir().mkpath(out));
        QString failure;
        run(extract.first(), extract.mid(1) << archive, out, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QFile manifestFile(out + QLatin1String("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const auto manifest = ArchiveManifest::fromJson(manifestFile.readAll());
        QVERIFY2(manifest, why(manifest).constData());
        QCOMPARE(*manifest, m_manifest);
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
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), exportedTopLevelEntries());
    }

    /// Starts @p container from the imported checkpoint; its counter goes on from the frozen value.
    void verifyResumes(const QString &container, qsizetype valuesBefore)
    {
        const CtlRun started = stasisctl({QStringLiteral("start"), QStringLiteral("--checkpoint"), m_checkpoint, container});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const auto countsOn = countsOnFrom(*m_client, container, valuesBefore, m_frozen.last());
        QVERIFY2(countsOn, why(countsOn).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022);
        QVERIFY(m_work.isValid());
        m_tarZst = m_work.filePath(QStringLiteral("counter.tar.zst"));
        m_zip = m_work.filePath(QStringLiteral("counter.zip"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto started = startCounter(*m_client, m_source);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_source, 3);
        QVERIFY2(counting, why(counting).constData());
    }

    void cleanupTestCase()
    {
        if (!m_client) {
            return;
        }
        for (const QString &reader : std::as_const(m_readers)) {
            await(m_client->removeContainer(reader, true, true));
        }
        await(m_client->removeContainer(m_source, true));
        await(m_client->removeContainer(m_clone, true));
    }

    void exportsToTarZstdAndZip()
    {
        const CtlRun created = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), m_source, m_checkpoint});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_source))->running, 10000);
        const auto frozen = await(m_client->logs(m_source));
        QVERIFY2(frozen, why(frozen).constData());
        m_frozen = counterValues(*frozen);
        QVERIFY(m_frozen.size() >= 3);

        const CtlRun tarZst = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("export"), m_source, m_checkpoint, QStringLiteral("-o"), m_tarZst});
        QVERIFY2(tarZst.exitCode == 0, qPrintable(tarZst.err));
        QCOMPARE(tarZst.out, m_tarZst);
        const CtlRun zip = stasisctl({QStringLiteral("checkpoint"),
                                      QStringLiteral("export"),
                                      QStringLiteral("--format"),
                                      QStringLiteral("zip"),
                                      m_source,
                                      m_checkpoint,
                                      QStringLiteral("-o"),
                                      m_zip});
        QVERIFY2(zip.exitCode == 0, qPrintable(zip.err));
        QCOMPARE(zip.out, m_zip);
        // Every memory page of the container is in there: the owner's only.
        QCOMPARE(fileMode(m_tarZst), 0600);
        QCOMPARE(fileMode(m_zip), 0600);
        QCOMPARE(QDir(m_work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("counter.tar.zst"), QStringLiteral("counter.zip")}));

        for (const QString &archive : {m_tarZst, m_zip}) {
            const CtlRun inspected =
                stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), archive});
            QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
            const QJsonObject report = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
            QCOMPARE(report.value(QLatin1String("valid")).toBool(), true);
            QVERIFY(report.value(QLatin1String("memoryPagesSize")).toDouble() > 0);
            QVERIFY(report.value(QLatin1String("processCount")).toInt() >= 1);
            const auto manifest = ArchiveManifest::fromJson(QJsonDocument(report.value(QLatin1String("manifest")).toObject()).toJson());
            QVERIFY2(manifest, why(manifest).constData());
            QCOMPARE(manifest->checkpoint.name, m_checkpoint);
            QCOMPARE(manifest->container.name, m_source);
            if (archive == m_tarZst) {
                m_manifest = *manifest;
            } else {
                QCOMPARE(*manifest, m_manifest);
            }
        }
        QVERIFY(m_manifest.files.size() > 3);
        const auto original = checkpointEntries(m_source, m_checkpoint);
        QVERIFY2(original, why(original).constData());
        const QMap<QString, RawTarEntry> files = filesBelow(*original, m_checkpoint.toUtf8());
        QCOMPARE(files.size(), m_manifest.files.size());
        for (const ArchiveFileEntry &file : std::as_const(m_manifest.files)) {
            QCOMPARE(Sha256::hex(files.value(file.path).data), file.sha256);
        }
    }

    void standardToolsReadTheArchives()
    {
        QVERIFY(!m_manifest.files.isEmpty());
        QString failure;
        const QStringList listed =
            QString::fromUtf8(run(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-tf"), m_tarZst}, m_work.path(), &failure))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(listed.first(), QStringLiteral("manifest.json"));
        // manifest.json, config.dump, spec.dump, deleted.files, rootfs-diff.tar, checkpoint/ and the files.
        QCOMPARE(listed.size(), m_manifest.files.size() + 6);
        verifyStandardTools(m_tarZst, {QStringLiteral("tar"), QStringLiteral("--zstd"), QStringLiteral("-xf")});
        verifyStandardTools(m_zip, {QStringLiteral("unzip"), QStringLiteral("-q")});
    }

    void importsIntoTheSameContainerAndResumes()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun removed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("rm"), m_source, m_checkpoint});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(checkpointNames(*m_client, m_source), QStringList());

        const CtlRun imported = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_tarZst, m_source});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, m_checkpoint);
        QCOMPARE(checkpointNames(*m_client, m_source), QStringList{m_checkpoint});
        verifyImported(m_source, m_checkpoint);
        verifyResumes(m_source, m_frozen.size());
    }

    void importsIntoANewContainerFromTheManifest()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun imported = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), m_zip, m_clone});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, m_checkpoint);
        const auto clone = await(m_client->inspectContainer(m_clone));
        QVERIFY2(clone, why(clone).constData());
        QVERIFY(!clone->running);
        QCOMPARE(checkpointNames(*m_client, m_clone), QStringList{m_checkpoint});
        verifyImported(m_clone, m_checkpoint);
        // The clone never ran: its whole log comes from the restored counter.
        verifyResumes(m_clone, 0);
    }

    void refusesATakenNameAndImportsUnderAnother()
    {
        QVERIFY(!m_manifest.files.isEmpty());
        // The clone's checkpoint stays after its restore.
        const QStringList before = checkpointNames(*m_client, m_clone);
        QCOMPARE(before, QStringList{m_checkpoint});
        const auto kept = checkpointEntries(m_clone, m_checkpoint);
        QVERIFY2(kept, why(kept).constData());
        const auto folderBefore = containerFolderNames(m_clone);
        QVERIFY2(folderBefore, why(folderBefore).constData());

        const CtlRun taken = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_tarZst, m_clone});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QLatin1String("already has a checkpoint named %1").arg(m_checkpoint)), qPrintable(taken.err));
        QVERIFY2(taken.err.contains(QLatin1String("import under another name")), qPrintable(taken.err));
        QCOMPARE(taken.out, QString());
        // Nothing changed: the listing, the folder, the checkpoint's every byte.
        QCOMPARE(checkpointNames(*m_client, m_clone), before);
        const auto folderAfter = containerFolderNames(m_clone);
        QVERIFY2(folderAfter, why(folderAfter).constData());
        QCOMPARE(*folderAfter, *folderBefore);
        const auto still = checkpointEntries(m_clone, m_checkpoint);
        QVERIFY2(still, why(still).constData());
        QCOMPARE(still->size(), kept->size());
        for (qsizetype i = 0; i < kept->size(); ++i) {
            QCOMPARE(still->at(i).name, kept->at(i).name);
            QCOMPARE(still->at(i).mode, kept->at(i).mode);
            QVERIFY2(still->at(i).data == kept->at(i).data, kept->at(i).name.constData());
        }

        const CtlRun other = stasisctl(words(QStringLiteral("checkpoint import --name cp-other %1 %2").arg(m_tarZst, m_clone)));
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QCOMPARE(other.out, QStringLiteral("cp-other"));
        QCOMPARE(checkpointNames(*m_client, m_clone), (QStringList{QStringLiteral("cp-other"), m_checkpoint}));
        verifyImported(m_clone, QStringLiteral("cp-other"));
    }
};

QTEST_GUILESS_MAIN(ArchiveRoundTripTest)
#include "archiveroundtriptest.moc"
