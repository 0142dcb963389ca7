// SPDX-License-Identifier: GPL-2.0-or-later
// deleted.files: the paths a container deleted, as untrusted JSON.
#include "deletedpaths.h"
#include "enginetestsupport.h"

#include <QTest>

using namespace Stasis;
using Stasis::Test::why;

class DeletedPathsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const DeletedPaths deleted{
            .paths = {QStringLiteral("/etc/motd"), QStringLiteral("/bin/vi"), QStringLiteral("/srv/données/été"), QStringLiteral("/a b/\"quoted\"\\")}};
        const QByteArray json = deleted.toJson();
        QCOMPARE(json, QByteArray("[\"/etc/motd\",\"/bin/vi\",\"/srv/données/été\",\"/a b/\\\"quoted\\\"\\\\\"]"));
        const auto read = DeletedPaths::fromJson(json);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->paths, deleted.paths);

        const auto empty = DeletedPaths::fromJson("[]");
        QVERIFY2(empty, why(empty).constData());
        QVERIFY(empty->paths.isEmpty());
        QCOMPARE(DeletedPaths().toJson(), QByteArray("[]"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ArchiveLimits>("limits");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("[\"/a\"") << ArchiveLimits{} << QStringLiteral("deleted.files is not a JSON array of paths.");
        QTest::newRow("an object") << QByteArray("{\"paths\":[\"/a\"]}") << ArchiveLimits{} << QStringLiteral("deleted.files is not a JSON array of paths.");
        QTest::newRow("a number") << QByteArray("[\"/a\",1]") << ArchiveLimits{} << QStringLiteral("holds something other than text");
        QTest::newRow("relative") << QByteArray("[\"etc/motd\"]") << ArchiveLimits{} << QStringLiteral("\"etc/motd\" in deleted.files is not absolute");
        QTest::newRow("root") << QByteArray("[\"/\"]") << ArchiveLimits{} << QStringLiteral("the root folder");
        QTest::newRow("empty component") << QByteArray("[\"/etc//motd\"]") << ArchiveLimits{} << QStringLiteral("\"/etc//motd\" in deleted.files has an empty");
        QTest::newRow("trailing slash") << QByteArray("[\"/etc/\"]") << ArchiveLimits{} << QStringLiteral("\"/etc/\" in deleted.files has an empty");
        QTest::newRow("dot") << QByteArray("[\"/etc/./motd\"]") << ArchiveLimits{} << QStringLiteral("\"/etc/./motd\" in deleted.files has a \".\" path");
        QTest::newRow("dot-dot") << QByteArray("[\"/etc/../../x\"]") << ArchiveLimits{} << QStringLiteral("has a \"..\" path component");
        QTest::newRow("NUL") << QByteArray("[\"/etc/a\\u0000b\"]") << ArchiveLimits{} << QStringLiteral("\"/etc/a\\x00b\" in deleted.files has a NUL");
        QTest::newRow("newline") << QByteArray("[\"/etc/a\\nb\"]") << ArchiveLimits{} << QStringLiteral("\"/etc/a\\x0ab\" in deleted.files has a control");
        QTest::newRow("escape") << QByteArray("[\"/etc/\\u001b[31m\"]") << ArchiveLimits{} << QStringLiteral("has a control character");
        QTest::newRow("lone surrogate") << QByteArray("[\"/etc/\\ud800\"]") << ArchiveLimits{} << QStringLiteral("is not valid Unicode");
        QTest::newRow("too long") << QByteArray("[\"/etc/motd\"]") << ArchiveLimits{.maxFileSystemPathBytes = 8}
                                  << QStringLiteral("\"/etc/motd\" in deleted.files is longer than 8 bytes");
        QTest::newRow("too long by default") << "[\"/" + QByteArray(4096, 'a') + "\"]" << ArchiveLimits{} << QStringLiteral("is longer than 4096 bytes");
        QTest::newRow("too deep") << QByteArray("[\"/a/b/c\"]") << ArchiveLimits{.maxFileSystemDepth = 2} << QStringLiteral("nested deeper than 2 folders");
        QTest::newRow("too many") << QByteArray("[\"/a\",\"/b\",\"/c\"]") << ArchiveLimits{.maxDeletedPaths = 2}
                                  << QStringLiteral("deleted.files lists more than 2 deleted paths.");
        QTest::newRow("twice") << QByteArray("[\"/a\",\"/b\",\"/a\"]") << ArchiveLimits{}
                               << QStringLiteral("deleted.files lists the deleted path \"/a\" twice.");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(ArchiveLimits, limits);
        QFETCH(QString, message);
        const auto read = DeletedPaths::fromJson(json, limits);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(DeletedPathsTest)
#include "deletedpathstest.moc"
