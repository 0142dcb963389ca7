// SPDX-License-Identifier: GPL-2.0-or-later
// FileSystemChangePlan: which paths of a container's change list are
// fetched, as a subtree or as one entry, which were deleted, and which are
// left out as mount points or the engine's own files.
#include "filesystemchangeplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;

using Fetch = FileSystemChangePlan::Fetch;
using Kind = FileSystemChange::Kind;

class FileSystemChangePlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAddedFolderIsFetchedOnceWithItsContents()
    {
        // As the engine listed a busybox container that wrote, linked and deleted (in its order).
        const FileSystemChangePlan plan({{QStringLiteral("/bin"), Kind::Modified},
                                         {QStringLiteral("/bin/vi"), Kind::Deleted},
                                         {QStringLiteral("/data.txt"), Kind::Added},
                                         {QStringLiteral("/opt"), Kind::Added},
                                         {QStringLiteral("/opt/a"), Kind::Added},
                                         {QStringLiteral("/opt/a/b/f"), Kind::Added},
                                         {QStringLiteral("/opt/l"), Kind::Added},
                                         {QStringLiteral("/tmp"), Kind::Modified},
                                         {QStringLiteral("/tmp/t"), Kind::Added}},
                                        {});
        const QList<Fetch> expected{{QStringLiteral("/bin"), Fetch::Scope::Entry},
                                    {QStringLiteral("/data.txt"), Fetch::Scope::Tree},
                                    {QStringLiteral("/opt"), Fetch::Scope::Tree},
                                    {QStringLiteral("/tmp"), Fetch::Scope::Entry},
                                    {QStringLiteral("/tmp/t"), Fetch::Scope::Tree}};
        QCOMPARE(plan.fetches(), expected);
        QCOMPARE(plan.deleted(), QStringList{QStringLiteral("/bin/vi")});
    }

    void pathsAreOrderedBySegments()
    {
        // "/a-b" sorts after "/a/x" segment by segment, so "/a"'s subtree stays together.
        const FileSystemChangePlan plan({{QStringLiteral("/a-b"), Kind::Added}, {QStringLiteral("/a/x"), Kind::Added}, {QStringLiteral("/a"), Kind::Added}},
                                        {});
        const QList<Fetch> expected{{QStringLiteral("/a"), Fetch::Scope::Tree}, {QStringLiteral("/a-b"), Fetch::Scope::Tree}};
        QCOMPARE(plan.fetches(), expected);
    }

    void whatLiesUnderADeletedFolderIsNotListedAgain()
    {
        const FileSystemChangePlan plan({{QStringLiteral("/srv/old/f"), Kind::Deleted}, {QStringLiteral("/srv/old"), Kind::Deleted}}, {});
        QCOMPARE(plan.deleted(), QStringList{QStringLiteral("/srv/old")});
        QVERIFY(plan.fetches().isEmpty());
    }

    void mountPointsAndEngineFilesAreLeftOut()
    {
        const FileSystemChangePlan plan({{QStringLiteral("/vol"), Kind::Added},
                                         {QStringLiteral("/vol/f"), Kind::Added},
                                         {QStringLiteral("/volume"), Kind::Added},
                                         {QStringLiteral("/etc/hosts"), Kind::Modified},
                                         {QStringLiteral("/run/cache/x"), Kind::Deleted},
                                         {QStringLiteral("/"), Kind::Modified}},
                                        {QStringLiteral("/vol/"), QStringLiteral("/run/cache")});
        QCOMPARE(plan.fetches(), (QList<Fetch>{Fetch{QStringLiteral("/volume"), Fetch::Scope::Tree}}));
        QVERIFY(plan.deleted().isEmpty());
        QVERIFY(plan.isExcluded(QStringLiteral("/vol/deep/file")));
        QVERIFY(plan.isExcluded(QStringLiteral("/etc/resolv.conf")));
        QVERIFY(!plan.isExcluded(QStringLiteral("/volume/f")));
        QVERIFY(!plan.isExcluded(QStringLiteral("/etc/hosts.allow")));
    }

    void mountPointsComeFromMountsAndTmpfs()
    {
        ContainerDetails details;
        details.inspect = QJsonObject{
            {QStringLiteral("Mounts"),
             QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Destination"), QStringLiteral("/data")}},
                        QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")}, {QStringLiteral("Destination"), QStringLiteral("/etc/app.conf")}}}},
            {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Tmpfs"), QJsonObject{{QStringLiteral("/run"), QStringLiteral("size=1m")}}}}}};
        QCOMPARE(FileSystemChangePlan::mountPointsOf(details), (QStringList{QStringLiteral("/data"), QStringLiteral("/etc/app.conf"), QStringLiteral("/run")}));
    }

    void changesAreReadAsTheEngineDocumentsThem()
    {
        const auto change = FileSystemChange::fromJson(QJsonObject{{QStringLiteral("Path"), QStringLiteral("/bin/vi")}, {QStringLiteral("Kind"), 2}});
        QVERIFY(change);
        QCOMPARE(*change, (FileSystemChange{QStringLiteral("/bin/vi"), Kind::Deleted}));
        QVERIFY(!FileSystemChange::fromJson(QJsonObject{{QStringLiteral("Path"), QStringLiteral("bin/vi")}, {QStringLiteral("Kind"), 2}}));
        QVERIFY(!FileSystemChange::fromJson(QJsonObject{{QStringLiteral("Path"), QStringLiteral("/x")}, {QStringLiteral("Kind"), 3}}));
        QVERIFY(!FileSystemChange::fromJson(QJsonObject{{QStringLiteral("Path"), QStringLiteral("/x")}}));
    }
};

QTEST_GUILESS_MAIN(FileSystemChangePlanTest)
#include "filesystemchangeplantest.moc"
