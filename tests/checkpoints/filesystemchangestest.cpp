// SPDX-License-Identifier: GPL-2.0-or-later
// The engine's change list of a container that wrote, linked and deleted
// files beside a volume, the plan Stasis reads it with, and the changes as
// one tar (FileSystemDiffStream), checked by GNU tar and read back strictly.
#include "enginetestsupport.h"
#include "filesystemchangeplan.h"
#include "filesystemdiffstream.h"
#include "tarparse.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

using Fetch = FileSystemChangePlan::Fetch;
using Kind = FileSystemChange::Kind;

class FileSystemChangesTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    QString m_container;

    /// The container's changes as FileSystemDiffStream writes them.
    std::expected<QByteArray, QString> diff()
    {
        const auto changes = await(m_client->fileSystemChanges(m_container));
        const auto details = await(m_client->inspectContainer(m_container));
        if (!changes || !details) {
            return std::unexpected(QStringLiteral("could not ask the engine for the changes"));
        }
        FileSystemDiffStream stream(m_client, m_container, FileSystemChangePlan(*changes, FileSystemChangePlan::mountPointsOf(*details)));
        QByteArray tar;
        connect(&stream, &FileSystemDiffStream::output, this, [&tar](const QByteArray &bytes) {
            tar += bytes;
        });
        QSignalSpy finished(&stream, &FileSystemDiffStream::finished);
        stream.start();
        if (!finished.wait(60000)) {
            return std::unexpected(QStringLiteral("the stream did not finish"));
        }
        if (!finished.first().first().toBool()) {
            return std::unexpected(stream.error().message);
        }
        return tar;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        ContainerSpec spec = counterSpec(QStringLiteral("stasis-fs-changes-test"),
                                         {QStringLiteral("/bin/sh"),
                                          QStringLiteral("-c"),
                                          QStringLiteral("echo kept > /data.txt; rm /bin/vi; mkdir -p /opt/a; echo x > /opt/a/f; chown 1000:1000 /opt/a/f; "
                                                         "chmod 4750 /opt/a/f; ln /opt/a/f /opt/a/h; ln -s /data.txt /opt/l; echo v > /vol/f; "
                                                         "touch /done; exec sleep 1000")});
        spec.volumes = {QStringLiteral("/vol")};
        await(m_client->removeContainer(spec.name, true, true));
        const auto id = await(m_client->createContainer(spec));
        QVERIFY2(id, why(id).constData());
        m_container = *id;
        const auto started = await(m_client->startContainer(m_container));
        QVERIFY2(started, why(started).constData());
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(m_container, QStringLiteral("/done"))).has_value(), 20000);
    }

    void cleanupTestCase()
    {
        if (m_client && !m_container.isEmpty()) {
            await(m_client->removeContainer(m_container, true, true));
        }
    }

    void theEngineListsWhatChanged()
    {
        const auto changes = await(m_client->fileSystemChanges(m_container));
        QVERIFY2(changes, why(changes).constData());
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/data.txt"), Kind::Added}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/opt/a/f"), Kind::Added}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/bin/vi"), Kind::Deleted}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/bin"), Kind::Modified}));
    }

    void thePlanFetchesEachChangeOnceAndLeavesTheVolumeOut()
    {
        const auto changes = await(m_client->fileSystemChanges(m_container));
        QVERIFY2(changes, why(changes).constData());
        const auto details = await(m_client->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        const FileSystemChangePlan plan(*changes, FileSystemChangePlan::mountPointsOf(*details));
        const QList<Fetch> expected{{QStringLiteral("/bin"), Fetch::Scope::Entry},
                                    {QStringLiteral("/data.txt"), Fetch::Scope::Tree},
                                    {QStringLiteral("/done"), Fetch::Scope::Tree},
                                    {QStringLiteral("/opt"), Fetch::Scope::Tree}};
        QCOMPARE(plan.fetches(), expected);
        QCOMPARE(plan.deleted(), QStringList{QStringLiteral("/bin/vi")});
        QVERIFY(plan.isExcluded(QStringLiteral("/vol/f")));
    }

    void gnuTarListsTheChangesWithTheirOwnersAndLinks()
    {
        const auto tar = diff();
        QVERIFY2(tar, why(tar).constData());
        QProcess list;
        list.start(QStringLiteral("tar"), {QStringLiteral("--numeric-owner"), QStringLiteral("-tvf"), QStringLiteral("-")});
        list.write(*tar);
        list.closeWriteChannel();
        QVERIFY(list.waitForFinished());
        QCOMPARE(list.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList names;
        for (const QString &line : lines) {
            names.append(line.section(QLatin1Char(' '), 5, -1, QString::SectionSkipEmpty));
        }
        const QStringList expected{QStringLiteral("bin/"),
                                   QStringLiteral("data.txt"),
                                   QStringLiteral("done"),
                                   QStringLiteral("opt/"),
                                   QStringLiteral("opt/a/"),
                                   QStringLiteral("opt/a/f"),
                                   QStringLiteral("opt/a/h link to opt/a/f"),
                                   QStringLiteral("opt/l -> /data.txt")};
        QCOMPARE(names, expected);
        const QString file = lines.at(names.indexOf(QStringLiteral("opt/a/f")));
        QVERIFY2(file.startsWith(QLatin1String("-rwsr-x--- 1000/1000")), qPrintable(file));
    }

    void theDiffIsReadBackAsStasisWritesIt()
    {
        const auto tar = diff();
        QVERIFY2(tar, why(tar).constData());
        const auto read = parseTar(*tar, tar->size(), ArchiveLimits(), TarStreamReader::Content::FileSystem);
        QVERIFY2(read->ok, qPrintable(read->error));
        QStringList paths;
        for (const TarEntry &entry : read->recorder.entries) {
            paths.append(entry.path);
        }
        QVERIFY(!paths.contains(QStringLiteral("vol/f")));
        QVERIFY(!paths.contains(QStringLiteral("bin/ls")));
    }

    void anUnknownContainerIsNotFound()
    {
        const auto changes = await(m_client->fileSystemChanges(QStringLiteral("stasis-no-such-container")));
        QVERIFY(!changes);
        QCOMPARE(changes.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(FileSystemChangesTest)
#include "filesystemchangestest.moc"
