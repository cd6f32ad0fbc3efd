import { ArticlePage, articleMetadata, articleStaticParams, type ArticleProps } from '../../_shared/article-route';

// Static (ISR), regenerated when content changes (CONTENT_TAG) or a product it shows changes.
export const revalidate = 3600;
export const dynamicParams = true;

export const generateStaticParams = (args: { params: { locale: string } }) => articleStaticParams('EVENT', args);
export const generateMetadata = (props: ArticleProps) => articleMetadata('EVENT', props);

export default function Page(props: ArticleProps) {
  return <ArticlePage type="EVENT" {...props} />;
}
