import type { ArticleView } from '../../archive/view-schema';
import { paragraphAttributes } from '../../lib/article-blocks';
import type { PublishedPhoto } from '../../photos/published-photo';
import { creditLine } from '../../text/credit-line';
import { ArticleFigure } from './ArticleFigure';
import { PhotoLightbox, useOpenPhoto } from './PhotoLightbox';
import { usePhotosOnPaper } from './use-photos-on-paper';

/** A paragraph of the text, or (`inCaption`) of a photo's caption, which has no first-line indent. */
function Paragraph({ text, position, inCaption = false }: { text: string; position: number; inCaption?: boolean }) {
  return (
    <p {...paragraphAttributes(position)} className={inCaption ? 'text-justify' : 'indent-[2em] text-justify'}>
      {text}
    </p>
  );
}

/**
 * The article's text with its photos where the editor put them. Photo news is a photo with its
 * caption: the text after its first photo (to the next photo) is that photo's caption, with the
 * photographer's credit; any other photo is captioned by its description.
 */
export function ArticleBody({ view }: { view: ArticleView }) {
  const { article } = view;
  const photos = view.photos ?? [];
  const captioned = article.kind === 'photo' ? photos[0] : undefined;
  const captionEnd = captioned ? (photos[1]?.at ?? article.paragraphs.length) : 0;
  const lightbox = useOpenPhoto();
  usePhotosOnPaper();
  const shown = lightbox.open === undefined ? undefined : photos[lightbox.open];
  const figure = (photo: PublishedPhoto) => (
    <ArticleFigure
      key={`photo-${photos.indexOf(photo)}`}
      photo={photo}
      index={photos.indexOf(photo)}
      onOpen={() => lightbox.show(photos.indexOf(photo))}
      lead={photo.at === 0 && photos.indexOf(photo) === 0}
      caption={
        photo === captioned ? (
          <>
            {article.paragraphs.slice(photo.at, captionEnd).map((text, offset) => (
              <Paragraph key={photo.at + offset} text={text} position={photo.at + offset} inCaption />
            ))}
            {article.credits.length > 0 && <span className="mt-1 block">{creditLine(article.credits)}</span>}
          </>
        ) : (
          photo.description
        )
      }
    />
  );
  const inCaption = (position: number) => captioned !== undefined && position >= captioned.at && position < captionEnd;
  return (
    <div className="mt-6 space-y-4 text-body">
      {article.paragraphs.map((text, position) => [
        ...photos.filter((photo) => photo.at === position).map(figure),
        // Paragraphs have no identity of their own; their order never changes.
        inCaption(position) ? null : <Paragraph key={position} text={text} position={position} />,
      ])}
      {photos.filter((photo) => photo.at >= article.paragraphs.length).map(figure)}
      {shown && lightbox.open !== undefined && (
        <PhotoLightbox photo={shown} index={lightbox.open} onClose={lightbox.close} />
      )}
    </div>
  );
}
