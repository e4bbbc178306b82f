// The results table shows each title in the interface language where the
// record has a translation of it, else the record's own, and its tooltip says
// which; both engines fetch the translations for the page's rows alone, and
// sorting by title still follows the records' own titles.
#include "WindowTestSupport.h"

#include "core/domain/ReferenceNames.h"
#include "core/index/IndexedQuery.h"
#include "gui/InitiativeTableModel.h"

#include <QTableView>

using namespace ssc;
using namespace ssc::test;

namespace {

const QString kNutrition = QStringLiteral("nutrition-brazil-mozambique");
const QString kVisit = QStringLiteral("child-health-visit");
const QString kRegistro = QStringLiteral("registro-nacimientos-bolivia");

QString translatedCatalogue(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("translated.ssccat"));
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("translated-catalogue.json"))).ok());
    return path;
}

std::vector<InitiativeRow> pageIn(const CatalogueStore &store, const QString &language,
                                  const CatalogueFilter &filter = {}, int offset = 0,
                                  int limit = 50)
{
    return pageOf(store, filter, PageRequest{{SortColumn::Title, false}, offset, limit, language});
}

QStringList titles(const std::vector<InitiativeRow> &rows)
{
    QStringList out;
    for (const InitiativeRow &r : rows)
        out << r.title;
    return out;
}

QStringList keys(const std::vector<InitiativeRow> &rows)
{
    QStringList out;
    for (const InitiativeRow &r : rows)
        out << r.id;
    return out;
}

// English names for the languages, as the window has them.
struct EnglishNames
{
    EnglishNames() { ReferenceNames::setLanguage(QString()); }
    ~EnglishNames() { ReferenceNames::setLanguage(QString()); }
};

} // namespace

TEST_CASE("Pages give each title in the language asked where the record has it, in both engines",
          "[gui][languages]")
{
    QTemporaryDir dir;
    const QString path = translatedCatalogue(dir);
    auto plain = okValue(CatalogueStore::open(path));
    auto indexed = okValue(CatalogueStore::open(path));
    REQUIRE(IndexedQuery::install(*indexed).ok());
    for (CatalogueStore *store : {plain.get(), indexed.get()}) {
        INFO(store->engine().name().toStdString());
        // In French: every record has a French title.
        const auto french = pageIn(*store, QStringLiteral("fr"));
        CHECK(titles(french) == QStringList{
                                    QStringLiteral("Coopération Sud-Sud en nutrition entre le "
                                                   "Brésil et le Mozambique"),
                                    QStringLiteral("Enregistrement des naissances en Bolivie"),
                                    QStringLiteral("Atelier sur la santé de l'enfant"),
                                });
        // Still in the order of the records' own titles (N, R, S), not of
        // those shown (C, E, A).
        CHECK(keys(french) == QStringList{kNutrition, kRegistro, kVisit});
        for (const InitiativeRow &r : french)
            CHECK(r.titleLanguage == QLatin1String("fr"));
        CHECK(french[1].language == QLatin1String("es"));

        // In English: the Spanish record's English title; the others' own.
        const auto english = pageIn(*store, QStringLiteral("en"));
        CHECK(titles(english) == QStringList{
                                     QStringLiteral("Nutrition exchange between Brazil and "
                                                    "Mozambique"),
                                     QStringLiteral("Birth registration in Bolivia"),
                                     QStringLiteral("Study visit on child health"),
                                 });
        CHECK(english[0].titleLanguage.isEmpty());
        CHECK(english[1].titleLanguage == QLatin1String("en"));

        // In Spanish: the Spanish record's own title, the English one's
        // translation, and the own title where there is none.
        const auto spanish = pageIn(*store, QStringLiteral("es"));
        CHECK(spanish[0].title ==
              QStringLiteral("Cooperación Sur-Sur en nutrición entre Brasil y Mozambique"));
        CHECK(spanish[1].title == QStringLiteral("Registro de nacimientos en Bolivia"));
        CHECK(spanish[1].titleLanguage.isEmpty());
        CHECK(spanish[2].title == QStringLiteral("Study visit on child health"));

        // Asked for no language (the command line): the records' own.
        CHECK(titles(pageIn(*store, QString())) ==
              titles(english).replaceInStrings(QStringLiteral("Birth registration in "
                                                              "Bolivia"),
                                               QStringLiteral("Registro de nacimientos "
                                                              "en Bolivia")));

        // A page inside a filtered, sorted list is the same rows as in the
        // whole list.
        CatalogueFilter recipients;
        recipients.countryRole = QStringLiteral("recipient");
        const auto all = pageIn(*store, QStringLiteral("fr"), recipients);
        REQUIRE(all.size() == 3);
        for (int offset = 0; offset < 3; ++offset) {
            const auto one = pageIn(*store, QStringLiteral("fr"), recipients, offset, 1);
            REQUIRE(one.size() == 1);
            CHECK(one[0].id == all[size_t(offset)].id);
            CHECK(one[0].title == all[size_t(offset)].title);
        }
    }
}

TEST_CASE("The title's tooltip says which language is shown", "[gui][languages]")
{
    EnglishNames names;
    QTemporaryDir dir;
    const QString path = translatedCatalogue(dir);
    auto store = okValue(CatalogueStore::open(path));
    InitiativeTableModel model;
    auto toolTip = [&model](int row) {
        return model.data(model.index(row, InitiativeTableModel::Title), Qt::ToolTipRole)
            .toString();
    };
    auto shown = [&model](int row) {
        return model.data(model.index(row, InitiativeTableModel::Title)).toString();
    };

    model.setResult(1, 3, pageIn(*store, QStringLiteral("fr")));
    CHECK(shown(0) ==
          QStringLiteral("Coopération Sud-Sud en nutrition entre le Brésil et le Mozambique"));
    CHECK(toolTip(0).startsWith(shown(0)));
    CHECK(toolTip(0).endsWith(
        QStringLiteral("Title in French; the record's own language is English")));
    CHECK(toolTip(1).endsWith(
        QStringLiteral("Title in French; the record's own language is Spanish")));

    // The interface is in English here: the Spanish record's own title says
    // so; an English record's title needs no word.
    model.setResult(2, 3, pageIn(*store, QStringLiteral("es")));
    CHECK(toolTip(1) == QStringLiteral("Registro de nacimientos en Bolivia\n\n"
                                       "Title in Spanish, the record's own language"));
    model.setResult(3, 3, pageIn(*store, QStringLiteral("en")));
    CHECK(toolTip(0) == QStringLiteral("Nutrition exchange between Brazil and Mozambique"));
    CHECK(toolTip(1).endsWith(
        QStringLiteral("Title in English; the record's own language is Spanish")));
}

TEST_CASE("The window asks for the titles in the interface language", "[gui][languages]")
{
    EnglishNames names;
    QTemporaryDir dir;
    const QString path = translatedCatalogue(dir);
    CHECK(InitiativeTableModel::titleLanguage() == QLatin1String("en"));
    ReferenceNames::setLanguage(QStringLiteral("zh_CN"));
    CHECK(InitiativeTableModel::titleLanguage() == QLatin1String("zh"));
    ReferenceNames::setLanguage(QStringLiteral("fr"));
    CHECK(InitiativeTableModel::titleLanguage() == QLatin1String("fr"));

    MainWindow window;
    openIn(window, path);
    auto *view = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    REQUIRE(view);
    const QAbstractItemModel *model = view->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, InitiativeTableModel::Title).data().toString() ==
          QStringLiteral("Coopération Sud-Sud en nutrition entre le Brésil et le Mozambique"));
    CHECK(model->index(2, InitiativeTableModel::Title).data().toString() ==
          QStringLiteral("Atelier sur la santé de l'enfant"));
}
