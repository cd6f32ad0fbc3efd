import 'server-only';
import { getContentSales, type ContentSalesRow } from './get-content-sales';
import { getLowStock, type StoreLowStock } from './get-low-stock';
import { getOrdersByStatus, type OrdersByStatus } from './get-orders-by-status';
import { getPickupBacklog, type StorePickupBacklog } from './get-pickup-backlog';
import { getReturnsSummary, type ReturnsSummary } from './get-returns-summary';
import { getSalesByChannel, type SalesByChannel } from './get-sales-by-channel';
import { getTopProducts, type TopProduct } from './get-top-products';
import { getUpcomingEvents, type UpcomingEvent } from './get-upcoming-events';
import type { DashboardPeriod } from './period';
import { getPeriodBounds, type PeriodBounds } from './period-bounds';

export type Dashboard = {
  bounds: PeriodBounds;
  sales: SalesByChannel;
  ordersByStatus: OrdersByStatus;
  pickups: StorePickupBacklog[];
  returns: ReturnsSummary;
  lowStock: StoreLowStock[];
  events: UpcomingEvent[];
  topProducts: TopProduct[];
  contentSales: ContentSalesRow[];
};

export type DashboardOptions = { period: DashboardPeriod; locale: 'fi' | 'en'; now?: Date };

/**
 * Every figure of the owner's dashboard for a period. The caller has checked that the viewer is
 * the owner (requireOwner); nothing here is scoped further, the owner sees every store.
 */
export async function getDashboard({ period, locale, now = new Date() }: DashboardOptions): Promise<Dashboard> {
  const bounds = await getPeriodBounds(period, now);
  const [sales, ordersByStatus, pickups, returns, lowStock, events, topProducts, contentSales] = await Promise.all([
    getSalesByChannel(bounds),
    getOrdersByStatus(bounds),
    getPickupBacklog(now),
    getReturnsSummary(bounds),
    getLowStock(locale),
    getUpcomingEvents(now, locale),
    getTopProducts(bounds, locale),
    getContentSales(bounds),
  ]);
  return { bounds, sales, ordersByStatus, pickups, returns, lowStock, events, topProducts, contentSales };
}
