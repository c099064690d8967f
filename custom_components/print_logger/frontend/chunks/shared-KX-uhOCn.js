const F=globalThis,ne=F.ShadowRoot&&(F.ShadyCSS===void 0||F.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,oe=Symbol(),ue=new WeakMap;let Ee=class{constructor(e,r,n){if(this._$cssResult$=!0,n!==oe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=r}get styleSheet(){let e=this.o;const r=this.t;if(ne&&e===void 0){const n=r!==void 0&&r.length===1;n&&(e=ue.get(r)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ue.set(r,e))}return e}toString(){return this.cssText}};const Be=t=>new Ee(typeof t=="string"?t:t+"",void 0,oe),se=(t,...e)=>{const r=t.length===1?t[0]:e.reduce((n,o,s)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+t[s+1],t[0]);return new Ee(r,t,oe)},ze=(t,e)=>{if(ne)t.adoptedStyleSheets=e.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(const r of e){const n=document.createElement("style"),o=F.litNonce;o!==void 0&&n.setAttribute("nonce",o),n.textContent=r.cssText,t.appendChild(n)}},he=ne?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let r="";for(const n of e.cssRules)r+=n.cssText;return Be(r)})(t):t;const{is:We,defineProperty:Je,getOwnPropertyDescriptor:Ve,getOwnPropertyNames:Ze,getOwnPropertySymbols:qe,getPrototypeOf:Ke}=Object,J=globalThis,pe=J.trustedTypes,Ye=pe?pe.emptyScript:"",Ge=J.reactiveElementPolyfillSupport,N=(t,e)=>t,H={toAttribute(t,e){switch(e){case Boolean:t=t?Ye:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let r=t;switch(e){case Boolean:r=t!==null;break;case Number:r=t===null?null:Number(t);break;case Object:case Array:try{r=JSON.parse(t)}catch{r=null}}return r}},ie=(t,e)=>!We(t,e),fe={attribute:!0,type:String,converter:H,reflect:!1,useDefault:!1,hasChanged:ie};Symbol.metadata??=Symbol("metadata"),J.litPropertyMetadata??=new WeakMap;let S=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,r=fe){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(e,r),!r.noAccessor){const n=Symbol(),o=this.getPropertyDescriptor(e,n,r);o!==void 0&&Je(this.prototype,e,o)}}static getPropertyDescriptor(e,r,n){const{get:o,set:s}=Ve(this.prototype,e)??{get(){return this[r]},set(i){this[r]=i}};return{get:o,set(i){const a=o?.call(this);s?.call(this,i),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??fe}static _$Ei(){if(this.hasOwnProperty(N("elementProperties")))return;const e=Ke(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(N("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(N("properties"))){const r=this.properties,n=[...Ze(r),...qe(r)];for(const o of n)this.createProperty(o,r[o])}const e=this[Symbol.metadata];if(e!==null){const r=litPropertyMetadata.get(e);if(r!==void 0)for(const[n,o]of r)this.elementProperties.set(n,o)}this._$Eh=new Map;for(const[r,n]of this.elementProperties){const o=this._$Eu(r,n);o!==void 0&&this._$Eh.set(o,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const r=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const o of n)r.unshift(he(o))}else e!==void 0&&r.push(he(e));return r}static _$Eu(e,r){const n=r.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,r=this.constructor.elementProperties;for(const n of r.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ze(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,r,n){this._$AK(e,n)}_$ET(e,r){const n=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,n);if(o!==void 0&&n.reflect===!0){const s=(n.converter?.toAttribute!==void 0?n.converter:H).toAttribute(r,n.type);this._$Em=e,s==null?this.removeAttribute(o):this.setAttribute(o,s),this._$Em=null}}_$AK(e,r){const n=this.constructor,o=n._$Eh.get(e);if(o!==void 0&&this._$Em!==o){const s=n.getPropertyOptions(o),i=typeof s.converter=="function"?{fromAttribute:s.converter}:s.converter?.fromAttribute!==void 0?s.converter:H;this._$Em=o;const a=i.fromAttribute(r,s.type);this[o]=a??this._$Ej?.get(o)??a,this._$Em=null}}requestUpdate(e,r,n,o=!1,s){if(e!==void 0){const i=this.constructor;if(o===!1&&(s=this[e]),n??=i.getPropertyOptions(e),!((n.hasChanged??ie)(s,r)||n.useDefault&&n.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,n))))return;this.C(e,r,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,r,{useDefault:n,reflect:o,wrapped:s},i){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??r??this[e]),s!==!0||i!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(r=void 0),this._$AL.set(e,r)),o===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[o,s]of this._$Ep)this[o]=s;this._$Ep=void 0}const n=this.constructor.elementProperties;if(n.size>0)for(const[o,s]of n){const{wrapped:i}=s,a=this[o];i!==!0||this._$AL.has(o)||a===void 0||this.C(o,void 0,s,a)}}let e=!1;const r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(r)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(r)}willUpdate(e){}_$AE(e){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(e){}firstUpdated(e){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[N("elementProperties")]=new Map,S[N("finalized")]=new Map,Ge?.({ReactiveElement:S}),(J.reactiveElementVersions??=[]).push("2.1.2");const ae=globalThis,me=t=>t,B=ae.trustedTypes,be=B?B.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ce="$lit$",y=`lit$${Math.random().toFixed(9).slice(2)}$`,Te="?"+y,Xe=`<${Te}>`,A=document,U=()=>A.createComment(""),D=t=>t===null||typeof t!="object"&&typeof t!="function",le=Array.isArray,Qe=t=>le(t)||typeof t?.[Symbol.iterator]=="function",K=`[ 	
\f\r]`,P=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_e=/-->/g,ge=/>/g,$=RegExp(`>|${K}(?:([^\\s"'>=/]+)(${K}*=${K}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ye=/'/g,$e=/"/g,Pe=/^(?:script|style|textarea|title)$/i,et=t=>(e,...r)=>({_$litType$:t,strings:e,values:r}),k=et(1),x=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),ve=new WeakMap,w=A.createTreeWalker(A,129);function Ne(t,e){if(!le(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return be!==void 0?be.createHTML(e):e}const tt=(t,e)=>{const r=t.length-1,n=[];let o,s=e===2?"<svg>":e===3?"<math>":"",i=P;for(let a=0;a<r;a++){const l=t[a];let h,d,c=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===P?d[1]==="!--"?i=_e:d[1]!==void 0?i=ge:d[2]!==void 0?(Pe.test(d[2])&&(o=RegExp("</"+d[2],"g")),i=$):d[3]!==void 0&&(i=$):i===$?d[0]===">"?(i=o??P,c=-1):d[1]===void 0?c=-2:(c=i.lastIndex-d[2].length,h=d[1],i=d[3]===void 0?$:d[3]==='"'?$e:ye):i===$e||i===ye?i=$:i===_e||i===ge?i=P:(i=$,o=void 0);const m=i===$&&t[a+1].startsWith("/>")?" ":"";s+=i===P?l+Xe:c>=0?(n.push(h),l.slice(0,c)+Ce+l.slice(c)+y+m):l+y+(c===-2?a:m)}return[Ne(t,s+(t[r]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]};class M{constructor({strings:e,_$litType$:r},n){let o;this.parts=[];let s=0,i=0;const a=e.length-1,l=this.parts,[h,d]=tt(e,r);if(this.el=M.createElement(h,n),w.currentNode=this.el.content,r===2||r===3){const c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(o=w.nextNode())!==null&&l.length<a;){if(o.nodeType===1){if(o.hasAttributes())for(const c of o.getAttributeNames())if(c.endsWith(Ce)){const p=d[i++],m=o.getAttribute(c).split(y),_=/([.?@])?(.*)/.exec(p);l.push({type:1,index:s,name:_[2],strings:m,ctor:_[1]==="."?nt:_[1]==="?"?ot:_[1]==="@"?st:V}),o.removeAttribute(c)}else c.startsWith(y)&&(l.push({type:6,index:s}),o.removeAttribute(c));if(Pe.test(o.tagName)){const c=o.textContent.split(y),p=c.length-1;if(p>0){o.textContent=B?B.emptyScript:"";for(let m=0;m<p;m++)o.append(c[m],U()),w.nextNode(),l.push({type:2,index:++s});o.append(c[p],U())}}}else if(o.nodeType===8)if(o.data===Te)l.push({type:2,index:s});else{let c=-1;for(;(c=o.data.indexOf(y,c+1))!==-1;)l.push({type:7,index:s}),c+=y.length-1}s++}}static createElement(e,r){const n=A.createElement("template");return n.innerHTML=e,n}}function E(t,e,r=t,n){if(e===x)return e;let o=n!==void 0?r._$Co?.[n]:r._$Cl;const s=D(e)?void 0:e._$litDirective$;return o?.constructor!==s&&(o?._$AO?.(!1),s===void 0?o=void 0:(o=new s(t),o._$AT(t,r,n)),n!==void 0?(r._$Co??=[])[n]=o:r._$Cl=o),o!==void 0&&(e=E(t,o._$AS(t,e.values),o,n)),e}class rt{constructor(e,r){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:r},parts:n}=this._$AD,o=(e?.creationScope??A).importNode(r,!0);w.currentNode=o;let s=w.nextNode(),i=0,a=0,l=n[0];for(;l!==void 0;){if(i===l.index){let h;l.type===2?h=new T(s,s.nextSibling,this,e):l.type===1?h=new l.ctor(s,l.name,l.strings,this,e):l.type===6&&(h=new it(s,this,e)),this._$AV.push(h),l=n[++a]}i!==l?.index&&(s=w.nextNode(),i++)}return w.currentNode=A,o}p(e){let r=0;for(const n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,r),r+=n.strings.length-2):n._$AI(e[r])),r++}}class T{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,r,n,o){this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=e,this._$AB=r,this._$AM=n,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const r=this._$AM;return r!==void 0&&e?.nodeType===11&&(e=r.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,r=this){e=E(this,e,r),D(e)?e===f||e==null||e===""?(this._$AH!==f&&this._$AR(),this._$AH=f):e!==this._$AH&&e!==x&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Qe(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==f&&D(this._$AH)?this._$AA.nextSibling.data=e:this.T(A.createTextNode(e)),this._$AH=e}$(e){const{values:r,_$litType$:n}=e,o=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=M.createElement(Ne(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===o)this._$AH.p(r);else{const s=new rt(o,this),i=s.u(this.options);s.p(r),this.T(i),this._$AH=s}}_$AC(e){let r=ve.get(e.strings);return r===void 0&&ve.set(e.strings,r=new M(e)),r}k(e){le(this._$AH)||(this._$AH=[],this._$AR());const r=this._$AH;let n,o=0;for(const s of e)o===r.length?r.push(n=new T(this.O(U()),this.O(U()),this,this.options)):n=r[o],n._$AI(s),o++;o<r.length&&(this._$AR(n&&n._$AB.nextSibling,o),r.length=o)}_$AR(e=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);e!==this._$AB;){const n=me(e).nextSibling;me(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class V{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,r,n,o,s){this.type=1,this._$AH=f,this._$AN=void 0,this.element=e,this.name=r,this._$AM=o,this.options=s,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}_$AI(e,r=this,n,o){const s=this.strings;let i=!1;if(s===void 0)e=E(this,e,r,0),i=!D(e)||e!==this._$AH&&e!==x,i&&(this._$AH=e);else{const a=e;let l,h;for(e=s[0],l=0;l<s.length-1;l++)h=E(this,a[n+l],r,l),h===x&&(h=this._$AH[l]),i||=!D(h)||h!==this._$AH[l],h===f?e=f:e!==f&&(e+=(h??"")+s[l+1]),this._$AH[l]=h}i&&!o&&this.j(e)}j(e){e===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class nt extends V{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===f?void 0:e}}class ot extends V{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==f)}}class st extends V{constructor(e,r,n,o,s){super(e,r,n,o,s),this.type=5}_$AI(e,r=this){if((e=E(this,e,r,0)??f)===x)return;const n=this._$AH,o=e===f&&n!==f||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,s=e!==f&&(n===f||o);o&&this.element.removeEventListener(this.name,this,n),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class it{constructor(e,r,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=r,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){E(this,e)}}const Ft={I:T},at=ae.litHtmlPolyfillSupport;at?.(M,T),(ae.litHtmlVersions??=[]).push("3.3.3");const lt=(t,e,r)=>{const n=r?.renderBefore??e;let o=n._$litPart$;if(o===void 0){const s=r?.renderBefore??null;n._$litPart$=o=new T(e.insertBefore(U(),s),s,void 0,r??{})}return o._$AI(t),o};const ce=globalThis;let I=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=lt(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};I._$litElement$=!0,I.finalized=!0,ce.litElementHydrateSupport?.({LitElement:I});const ct=ce.litElementPolyfillSupport;ct?.({LitElement:I});(ce.litElementVersions??=[]).push("4.2.2");const dt={attribute:!0,type:String,converter:H,reflect:!1,hasChanged:ie},ut=(t=dt,e,r)=>{const{kind:n,metadata:o}=r;let s=globalThis.litPropertyMetadata.get(o);if(s===void 0&&globalThis.litPropertyMetadata.set(o,s=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),s.set(r.name,t),n==="accessor"){const{name:i}=r;return{set(a){const l=e.get.call(this);e.set.call(this,a),this.requestUpdate(i,l,t,!0,a)},init(a){return a!==void 0&&this.C(i,void 0,t,a),a}}}if(n==="setter"){const{name:i}=r;return function(a){const l=this[i];e.call(this,a),this.requestUpdate(i,l,t,!0,a)}}throw Error("Unsupported decorator location: "+n)};function ht(t){return(e,r)=>typeof r=="object"?ut(t,e,r):((n,o,s)=>{const i=o.hasOwnProperty(s);return o.constructor.createProperty(s,n),i?Object.getOwnPropertyDescriptor(o,s):void 0})(t,e,r)}function Ht(t){return ht({...t,state:!0,attribute:!1})}const pt=(function(){const e=typeof document<"u"&&document.createElement("link").relList;return e&&e.supports&&e.supports("modulepreload")?"modulepreload":"preload"})(),ft=function(t,e){return new URL(t,e).href},we={},v=function(e,r,n){let o=Promise.resolve();if(r&&r.length>0){let h=function(d){return Promise.all(d.map(c=>Promise.resolve(c).then(p=>({status:"fulfilled",value:p}),p=>({status:"rejected",reason:p}))))};const i=document.getElementsByTagName("link"),a=document.querySelector("meta[property=csp-nonce]"),l=a?.nonce||a?.getAttribute("nonce");o=h(r.map(d=>{if(d=ft(d,n),d in we)return;we[d]=!0;const c=d.endsWith(".css"),p=c?'[rel="stylesheet"]':"";if(n)for(let _=i.length-1;_>=0;_--){const O=i[_];if(O.href===d&&(!c||O.rel==="stylesheet"))return}else if(document.querySelector(`link[href="${d}"]${p}`))return;const m=document.createElement("link");if(m.rel=c?"stylesheet":pt,c||(m.as="script"),m.crossOrigin="",m.href=d,l&&m.setAttribute("nonce",l),document.head.appendChild(m),c)return new Promise((_,O)=>{m.addEventListener("load",_),m.addEventListener("error",()=>O(new Error(`Unable to preload CSS for ${d}`)))})}))}function s(i){const a=new Event("vite:preloadError",{cancelable:!0});if(a.payload=i,window.dispatchEvent(a),!a.defaultPrevented)throw i}return o.then(i=>{for(const a of i||[])a.status==="rejected"&&s(a.reason);return e().catch(s)})},R={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Complete","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","maintenance.counters_value":"{hours} h · {jobs} jobs"},Ae=["en","de","fr","es","it","nl","pl","pt-BR"],mt={de:()=>v(()=>import("./i18n-de-CBFFTH-G.js"),[],import.meta.url),fr:()=>v(()=>import("./i18n-fr-9DFJG6t4.js"),[],import.meta.url),es:()=>v(()=>import("./i18n-es-Bua2oOKf.js"),[],import.meta.url),it:()=>v(()=>import("./i18n-it-BL6kEHJo.js"),[],import.meta.url),nl:()=>v(()=>import("./i18n-nl-UD7cVBaj.js"),[],import.meta.url),pl:()=>v(()=>import("./i18n-pl-DyZYlIZh.js"),[],import.meta.url),"pt-BR":()=>v(()=>import("./i18n-pt-BR-CR0gyoiJ.js"),[],import.meta.url)};function Z(t){if(!t)return"en";const e=t.toLowerCase().replace(/_/g,"-"),r=Ae.find(o=>o.toLowerCase()===e);if(r)return r;const n=e.split("-")[0];return n==="pt"?"pt-BR":Ae.find(o=>o===n)??"en"}let z="en",Ue=R,de=new Intl.PluralRules("en"),Y="en";const G=new Map([["en",R]]);function Bt(){return z}async function De(t){const e=G.get(t);if(e)return e;const r=await mt[t]();return G.set(t,r.default),r.default}async function zt(t,e){const r=Z(t);let n=R,o="en";try{n=await De(r),o=r}catch(s){console.warn(`print_logger: texts in ${r} unavailable, English shown:`,s)}return z=o,Ue=n,de=new Intl.PluralRules(o),Y=e??o,o}const ke=new Map;function bt(t){if(typeof t!="number")return t;const e=Y??"";let r=ke.get(e);return r||(r=new Intl.NumberFormat(Y,{maximumFractionDigits:2}),ke.set(e,r)),r.format(t)}function X(t,e,r=de){return typeof t=="string"?t:e===void 0?t.other:t[r.select(e)]??t.other}function u(t,e){return Me(Ue,de,t,e)}function Wt(t,e,r){const n=t?Z(t):z,o=G.get(n);return!o||n===z?u(e,r):Me(o,new Intl.PluralRules(n),e,r)}function Me(t,e,r,n){const o=t[r]??R[r];if(o===void 0)return r;const s=typeof n?.count=="number"?n.count:void 0,i=X(o,s,e);return n?i.replace(/\{(\w+)\}/g,(a,l)=>n[l]===void 0?a:bt(n[l])):i}async function Jt(t,e){try{return X((await De(Z(t)))[e],void 0)}catch{return X(R[e],void 0)}}const _t=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function gt(t){try{const e=new Intl.Locale(t??"en"),r=e.getWeekInfo?.()??e.weekInfo;if(r&&r.firstDay>=1&&r.firstDay<=7)return r.firstDay-1}catch{}return 0}function Vt(t){const e=t?.locale?.language||t?.language||void 0;let r=e;switch(t?.locale?.number_format){case"comma_decimal":r="en-US";break;case"decimal_comma":r="de-DE";break;case"space_comma":r="fr-FR";break;case"system":r=void 0;break}const n=t?.locale?.time_format,o=n==="12"?!0:n==="24"?!1:void 0,s=t?.locale?.time_zone==="server"&&t.config?.time_zone?t.config.time_zone:void 0,i=_t.indexOf(t?.locale?.first_weekday??""),a=i>=0?i:gt(e);return{numberLocale:r,dateLocale:e,timeZone:s,hour12:o,currency:t?.config?.currency,language:Z(e),firstWeekday:a}}const xe=new Map,je=new Map;function Re(t,e){const r=JSON.stringify([t??null,e]);let n=xe.get(r);return n||(n=new Intl.NumberFormat(t,e),xe.set(r,n)),n}function Q(t,e){const r=JSON.stringify([t??null,e]);let n=je.get(r);return n||(n=new Intl.DateTimeFormat(t,e),je.set(r,n)),n}function b(t,e,r=0){return t==null||!Number.isFinite(t)?"—":Re(e.numberLocale,{maximumFractionDigits:r,minimumFractionDigits:0}).format(t)}function yt(t,e){return t==null||!Number.isFinite(t)?"—":`${b(t,e,1)} %`}function W(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return Re(e.numberLocale,{style:"currency",currency:e.currency}).format(t)}catch{}return b(t,e,2)}function ee(t,e){return u(`unit.${e}`,{n:t})}function C(t,e,r,n=0){return t==null||!Number.isFinite(t)?"—":ee(b(t,r,n),e)}function Zt(t){if(t==null||!Number.isFinite(t)||t<0)return"—";const e=Math.round(t);if(e<60)return ee(String(e),"seconds");const r=Math.floor(e/60);if(r<60)return ee(String(r),"minutes");const n=Math.floor(r/60),o=r%60;if(n<24)return u("duration.hours_minutes",{h:String(n),min:String(o).padStart(2,"0")});const s=Math.floor(n/24);return u("duration.days_hours",{d:String(s),h:String(n%24)})}function q(t,e,r=1){return t>=1e3?C(t/1e3,"kilograms",e,2):C(t,"grams",e,r)}function $t(t,e,r){return t!=null&&Number.isFinite(t)&&t>0?q(t,r):e!=null&&Number.isFinite(e)&&e>0?C(e/1e3,"metres",r,2):"—"}function qt(t,e,r=!0,n=new Date){if(!t)return"—";const o=new Date(t);if(Number.isNaN(o.getTime()))return"—";const s=Q("en",{year:"numeric",timeZone:e.timeZone}),i=s.format(o)===s.format(n);return Q(e.dateLocale,{year:r||!i?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(o)}const vt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function wt(t){const e=vt[t];return e?u(e):t.replace(/_/g," ")}function At(t){return t==="completed"?"ok":t==="cancelled"?"warn":t==="in_progress"?"active":"error"}function Kt(t){return k`<span class=${`chip status-${At(t)}`}>${wt(t)}</span>`}function te(t,e){if(!e)return-t.getTimezoneOffset()*6e4;const r=Q("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(t),n=s=>Number(r.find(i=>i.type===s)?.value??0);return Date.UTC(n("year"),n("month")-1,n("day"),n("hour"),n("minute"),n("second"))-Math.floor(t.getTime()/1e3)*1e3}function kt(t,e,r){const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim());if(!n)return;const o=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!o)return;const[s,i,a,l,h]=[n[1],n[2],n[3],o[1],o[2]].map(Number),d=Date.UTC(s,i-1,a,l,h),c=new Date(d);if(Number.isNaN(d)||c.getUTCMonth()!==i-1||c.getUTCDate()!==a||l>23||h>59)return;let p=d-te(new Date(d),r);return p=d-te(new Date(p),r),new Date(p).toISOString()}function xt(t,e){return new Date(t.getTime()+te(t,e)).toISOString().slice(0,10)}function re(t){if(!t)return;const e=t.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function Yt(t){const e=new Set;for(const r of t.split(/[,;]/)){const n=r.trim();n&&e.add(n)}return[...e]}const jt=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function Oe(t){return t.replace(jt,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function Gt(t){return k`<bdi class="fname" dir="auto">${Oe(t)}</bdi>`}const Le=[{id:"7d",days:7},{id:"30d",days:30},{id:"90d",days:90},{id:"365d",days:365},{id:"all",days:0}];function Xt(t){return u(`period.${t}`)}function Qt(t){return Le.some(e=>e.id===t)}function er(t,e,r,n){const o={};e.length&&(o.printer_ids=[...e]);const s=Le.find(i=>i.id===t);if(s&&s.days>0){const i=new Date(r.getTime()-(s.days-1)*864e5),a=kt(xt(i,n),"00:00",n);a&&(o.since=a)}return o}function tr(t){switch(t){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function St(t){const e=/^(\d{4})-W(\d{2})$/.exec(t);if(e){const s=Date.UTC(Number(e[1]),0,4);return(s-(new Date(s).getUTCDay()+6)%7*864e5+(Number(e[2])-1)*7*864e5)/1e3}const r=/^(\d{4})-(\d{2})$/.exec(t);if(r)return Date.UTC(Number(r[1]),Number(r[2])-1,1)/1e3;const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(n)return Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]))/1e3;const o=Date.parse(t);return Number.isNaN(o)?Number.NaN:o/1e3}function rr(t){const e=t.map(r=>[St(r.bucket),Number(r.value)||0]).filter(([r])=>Number.isFinite(r)).sort((r,n)=>r[0]-n[0]);return[e.map(r=>r[0]),e.map(r=>r[1])]}function nr(t,e,r){const n=new Date(t*1e3);return new Intl.DateTimeFormat(r,e==="year"?{year:"numeric",timeZone:"UTC"}:e==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(n)}function or(t,e){if(t.length<=e)return[...t];const r=Math.ceil(t.length/Math.max(e,1));return t.filter((n,o)=>o%r===0)}function sr(t){return t==="day"?86400:t==="week"?7*86400:t==="month"?30*86400:365*86400}const Et=3600,L=t=>({n:t,unit:"minutes"}),g=t=>({n:t,unit:"hours"}),Se=t=>t.n*(t.unit==="hours"?Et:60),ir=[[void 0,L(15)],[L(15),L(30)],[L(30),g(1)],[g(1),g(2)],[g(2),g(4)],[g(4),g(8)],[g(8),g(16)],[g(16),void 0]].map(([t,e])=>({from:t,to:e,min:t?Se(t):0,max:e?Se(e)-.001:void 0}));function ar(t,e){const r=i=>C(i.n,i.unit,e),{from:n,to:o}=t;if(!n)return o?u("unit.under",{limit:r(o)}):"";if(!o)return u("unit.at_least",{limit:r(n)});const s=n.unit===o.unit?b(n.n,e):r(n);return u("unit.range",{from:s,to:r(o)})}function lr(t){const e=new Intl.DateTimeFormat(t,{weekday:"short",timeZone:"UTC"});return Array.from({length:7},(r,n)=>e.format(new Date(Date.UTC(2024,0,1+n))))}function cr(t){return Array.from({length:7},(e,r)=>(t+r)%7)}function dr(t){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const r of t){const n=r.key;typeof n!="number"||!Number.isInteger(n)||n<0||n>=168||(e[Math.floor(n/24)][n%24]=r.jobs)}return e}function ur(t){let e=0;for(const r of t)for(const n of r)n>e&&(e=n);return e}function hr(t,e,r){const n=[...t].sort((a,l)=>(l[e]??0)-(a[e]??0));if(n.length<=r)return n;const o=n.slice(0,r-1),s=n.slice(r-1),i={key:"__other__",label:u("common.other_n",{n:s.length}),jobs:s.reduce((a,l)=>a+l.jobs,0),hours:s.reduce((a,l)=>a+l.hours,0),filament_g:s.reduce((a,l)=>a+l.filament_g,0),success_rate:null};return[...o,i]}const j="print_logger";function Ct(t){const e={};for(const[r,n]of Object.entries(t))n==null||n===""||Array.isArray(n)&&n.length===0||(e[r]=n);return e}function pr(t){if(t&&typeof t=="object"){const e=t.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(r=>typeof r[1]=="string"))}return{}}function fr(t){if(t&&typeof t=="object"){const e=t;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof t=="string"?t:u("common.unknown_error")}class mr{constructor(e){this.hass=e}call(e,r={}){return this.hass.callWS({type:`${j}/${e}`,...Ct(r)})}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${j}/maintenance/tasks/create`,...e})}updateTask(e,r){return this.hass.callWS({type:`${j}/maintenance/tasks/update`,task_id:e,...r})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,r){return(await this.hass.callWS({type:`${j}/jobs/update`,job_id:e,...r})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,r,n){return this.call("analytics/timeseries",{...e,bucket:r,metric:n})}breakdown(e,r){return this.call("analytics/breakdown",{...e,by:r})}spoolBreakdown(e,r){return this.call("analytics/spools",{...e,by:r})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${j}/subscribe`})}async thumbnail(e){const r=`/api/${j}/jobs/${encodeURIComponent(e)}/thumbnail`;let n;if(this.hass.fetchWithAuth)n=await this.hass.fetchWithAuth(r);else{const o=this.hass.auth?.data?.access_token,s=this.hass.auth?.data?.hassUrl??"";n=await fetch(s+r,{headers:o?{Authorization:`Bearer ${o}`}:{}})}if(n.status===404)return null;if(!n.ok)throw new Error(`thumbnail: HTTP ${n.status}`);return n.blob()}}class br{get active(){return this.pending!==void 0}start(e,r,n){this.stop(),this.pending=e.subscribe(r).catch(o=>{n?.(o)})}stop(){const e=this.pending;this.pending=void 0,e?.then(r=>r?.()).catch(()=>{})}}function _r(t,e){customElements.get(t)||customElements.define(t,e)}function gr(t,e,r){t.dispatchEvent(new CustomEvent(e,{detail:r,bubbles:!0,composed:!0}))}function yr(t,e){return[{id:"jobs",label:u("kpi.jobs"),value:b(t.jobs,e),sub:u("kpi.jobs_sub",{completed:b(t.completed,e),failed:b(t.failed,e),cancelled:b(t.cancelled,e)})},{id:"success_rate",label:u("kpi.success_rate"),value:yt(t.success_rate,e),sub:t.in_progress?u("kpi.printing_now",{count:t.in_progress,n:b(t.in_progress,e)}):void 0},{id:"print_hours",label:u("kpi.print_time"),value:C(t.print_hours,"hours",e,1),sub:t.avg_print_hours!==null&&t.avg_print_hours!==void 0?u("kpi.hours_per_job",{hours:b(t.avg_print_hours,e,2)}):void 0},{id:"filament",label:u("kpi.filament"),value:$t(t.filament_g,t.filament_mm,e),sub:t.filament_mm?C(t.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:u("kpi.cost"),value:W(t.cost,e)}]}function $r(t){const e=t.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const Tt=["standby","printing","paused","complete","cancelled","error"];function vr(t){if(!t.online)return u("printer.offline");const e=t.print_state||"standby",r=`printer.${e}`;return Tt.includes(e)?u(r):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function wr(t,e){if(e.type==="printer")return t.some(n=>n.id===e.printer.id)?t.map(n=>n.id===e.printer.id?e.printer:n):[...t,e.printer];if(e.type==="job_changed"){const r=e.job;return t.map(n=>n.id!==r.printer_id?n:r.status==="in_progress"?{...n,current_job:r}:n.current_job?.id===r.id?{...n,current_job:null}:n)}return t}const Pt={ATTRIBUTE:1,CHILD:2},Nt=t=>(...e)=>({_$litDirective$:t,values:e});let Ut=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,r,n){this._$Ct=e,this._$AM=r,this._$Ci=n}_$AS(e,r){return this.update(e,r)}update(e,r){return this.render(...r)}};const Fe="important",Dt=" !"+Fe,Mt=Nt(class extends Ut{constructor(t){if(super(t),t.type!==Pt.ATTRIBUTE||t.name!=="style"||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,r)=>{const n=t[r];return n==null?e:e+`${r=r.includes("-")?r:r.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${n};`},"")}update(t,[e]){const{style:r}=t.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const n of this.ft)e[n]==null&&(this.ft.delete(n),n.includes("-")?r.removeProperty(n):r[n]=null);for(const n in e){const o=e[n];if(o!=null){this.ft.add(n);const s=typeof o=="string"&&o.endsWith(Dt);n.includes("-")||s?r.setProperty(n,s?o.slice(0,-11):o,s?Fe:""):r[n]=o}}return x}});function kr(t){return Math.round(t.progress*100)}function xr(t){return Rt(t.progress,u("live.progress_of",{file:Oe(t.filename)}))}function Rt(t,e,r){const n=Math.min(Math.max(t,0),1);return k`<div
    class="progress ${r??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(n*100)}
  >
    <div style=${Mt({width:`${Math.round(n*1e3)/10}%`})}></div>
  </div>`}const jr=se`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;function Ie(t){const e=[t.vendor,t.filament_name].filter(Boolean).join(" ");return e?`#${t.spool_id} ${e}`:`#${t.spool_id}`}function He(t){const e=(t.multi_color_hexes??"").split(",").map(r=>re(r)).filter(r=>!!r);if(e.length>1){const r=100/e.length;return`linear-gradient(90deg, ${e.map((n,o)=>`${n} ${o*r}% ${(o+1)*r}%`).join(", ")})`}return re(t.color_hex)}function Sr(t,e){return t?.length?k`<span class="spools" data-spools=${t.map(r=>r.spool_id).join(",")}>
    ${t.map(r=>{const n=He(r),o=r.weight_g!==void 0?q(r.weight_g,e,1):"",s=[Ie(r),r.material,o].filter(Boolean).join(" · ");return k`<span class="spool-chip" title=${s} aria-label=${s}>
        <span class="spool-dot" style=${n?`background:${n}`:""}></span>${r.filament_name??`#${r.spool_id}`}
      </span>`})}
  </span>`:f}function Er(t,e,r){return k`<table class="spool-table">
    <thead>
      <tr>
        <th>${u("spools.spool")}</th>
        <th>${u("spools.material")}</th>
        <th class="num">${u("spools.length")}</th>
        <th class="num">${u("spools.weight")}</th>
        <th class="num">${u("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${t.map(n=>{const o=He(n);return k`<tr data-spool-id=${n.spool_id}>
          <td><span class="spool-dot" style=${o?`background:${o}`:""}></span> ${Ie(n)}</td>
          <td>${n.material??"—"}</td>
          <td class="num">${b(n.length_mm/1e3,r,2)} m</td>
          <td class="num">${n.weight_g!==void 0?q(n.weight_g,r,1):"—"}</td>
          <td class="num">${W(n.cost??null,r)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${u("spools.filament_cost")}</td>
        <td class="num">${W(e,r)}</td>
      </tr>
    </tfoot>
  </table>`}function Cr(t,e,r){return t.map(n=>{const o={key:n.key===null?"":String(n.key),label:n.key===null?u("common.unknown"):n.label,value:n.filament_g,display:q(n.filament_g,e,0),note:[u("common.n_jobs",{count:n.jobs,n:b(n.jobs,e)}),n.cost!==null?W(n.cost,e):""].filter(Boolean).join(" · ")},s=r?re(n.color_hex):void 0;return s&&(o.colour=s),o})}const Tr=se`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`,Pr=se`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`;export{ir as $,f as A,Xt as B,yr as C,ht as D,Ht as E,gr as F,_r as G,re as H,zt as I,Jt as J,Ft as K,br as L,Nt as M,Ut as N,yt as O,Le as P,b as Q,C as R,Mt as S,Be as T,nr as U,or as V,sr as W,ur as X,lr as Y,cr as Z,dr as _,I as a,ar as a0,tr as a1,hr as a2,W as a3,Cr as a4,wt as a5,rr as a6,pr as a7,kt as a8,Yt as a9,Pt as aa,x as ab,Sr as ac,Er as ad,xt as ae,Rt as af,u as b,Pr as c,se as d,Bt as e,Vt as f,mr as g,er as h,Qt as i,fr as j,wr as k,Wt as l,k as m,vr as n,Oe as o,jr as p,Gt as q,$r as r,Tr as s,kr as t,xr as u,Zt as v,q as w,Kt as x,qt as y,$t as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
