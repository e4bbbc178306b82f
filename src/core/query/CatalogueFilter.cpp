#include "core/query/CatalogueFilter.h"

#include "core/query/FacetDefinitions.h"

namespace ssc {

QString facetKey(Facet facet)
{
    return QString::fromLatin1(facetDefinition(facet).key);
}

std::optional<Facet> facetFromKey(const QString &key)
{
    for (const FacetDefinition &d : facetDefinitions()) {
        if (key == QLatin1String(d.key))
            return d.facet;
    }
    return std::nullopt;
}

bool CatalogueFilter::isEmpty() const
{
    return *this == CatalogueFilter{};
}

QStringList CatalogueFilter::values(Facet facet) const
{
    const FacetDefinition &d = facetDefinition(facet);
    if (d.codes)
        return this->*d.codes;
    QStringList list;
    for (int n : this->*d.numbers)
        list << QString::number(n);
    return list;
}

void CatalogueFilter::setValues(Facet facet, const QStringList &selected)
{
    const FacetDefinition &d = facetDefinition(facet);
    if (d.codes) {
        this->*d.codes = selected;
        return;
    }
    QList<int> &numbers = this->*d.numbers;
    numbers.clear();
    for (const QString &value : selected) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok)
            numbers << n;
    }
}

CatalogueFilter CatalogueFilter::withoutPane(Facet facet) const
{
    CatalogueFilter f = *this;
    const char *pane = facetDefinition(facet).pane;
    for (const FacetDefinition &d : facetDefinitions())
        if (QLatin1String(d.pane) == QLatin1String(pane))
            f.setValues(d.facet, {});
    return f;
}

CatalogueFilter CatalogueFilter::without(Facet facet) const
{
    CatalogueFilter f = *this;
    f.setValues(facet, {});
    return f;
}

} // namespace ssc
